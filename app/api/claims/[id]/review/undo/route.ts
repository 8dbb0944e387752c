import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { undoDecision } from "@/lib/review/undo-decision";

export const POST = route(ops.undoDecision, async ({ db, actor, params, body }) =>
  undoDecision({ db, actor, id: params.id ?? "", version: body.version }),
);
