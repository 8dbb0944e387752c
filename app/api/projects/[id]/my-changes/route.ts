import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/adjudication";
import { listMyChanges } from "@/lib/adjudication/list-my-changes";

export const GET = route(ops.getProjectMyChanges, async ({ db, actor, params, query }) =>
  listMyChanges({ db, actor, projectId: params.id ?? "", query }),
);
