import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/adjudication";
import { listAdjudications } from "@/lib/adjudication/list-adjudications";

export const GET = route(ops.getProjectAdjudications, async ({ db, actor, params, query }) =>
  listAdjudications({ db, actor, projectId: params.id ?? "", query }),
);
