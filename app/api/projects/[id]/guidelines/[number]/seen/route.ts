import { route } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { getGuidelines } from "@/lib/projects/get-guidelines";
import { versionParam } from "@/lib/projects/schema";

/** Records that the caller opened this version (what "open the new guidelines first" checks); answers the version. */
export const POST = route({ permission: "articles.read" }, async ({ db, actor, params }) => {
  const version = await getGuidelines({
    db,
    actor,
    projectId: params.id ?? "",
    number: versionParam(params.number),
    markSeen: true,
  });
  if (!version) throw AppError.notFound("Guidelines (the project has none yet)");
  return version;
});
