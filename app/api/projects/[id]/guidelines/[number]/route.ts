import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/guidelines";
import { AppError } from "@/lib/errors";
import { getGuidelines } from "@/lib/projects/get-guidelines";
import { versionParam } from "@/lib/projects/schema";

export const GET = route(ops.getGuidelinesVersion, async ({ db, actor, params }) => {
  const number = versionParam(params.number);
  const version = await getGuidelines({ db, actor, projectId: params.id ?? "", number });
  if (!version) throw AppError.notFound("Guidelines (the project has none yet)");
  return version;
});
