import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/guidelines";
import { AppError } from "@/lib/errors";
import { getGuidelines } from "@/lib/projects/get-guidelines";
import { versionParam } from "@/lib/projects/schema";

export const POST = route(ops.markGuidelinesSeen, async ({ db, actor, params }) => {
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
