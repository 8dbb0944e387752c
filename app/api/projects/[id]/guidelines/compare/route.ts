import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/guidelines";
import { compareGuidelines } from "@/lib/projects/compare-guidelines";

export const GET = route(ops.compareGuidelines, async ({ db, actor, params, query }) =>
  compareGuidelines({ db, actor, projectId: params.id ?? "", from: query.from, to: query.to }),
);
