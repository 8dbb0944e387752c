import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { bulkAssign } from "@/lib/assignments/bulk-assign";

export const POST = route(ops.bulkAssign, async ({ db, actor, params, body }) =>
  bulkAssign({ db, actor, projectId: params.id ?? "", csv: body.csv }),
);
