import { route } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { getGuidelines } from "@/lib/projects/get-guidelines";
import { versionParam } from "@/lib/projects/schema";

/** One version of the guidelines (`latest` for the newest): `{ number, markdown, changeNote, createdAt, author }`. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) => {
  const number = versionParam(params.number);
  const version = await getGuidelines({ db, actor, projectId: params.id ?? "", number });
  if (!version) throw AppError.notFound("Guidelines (the project has none yet)");
  return version;
});
