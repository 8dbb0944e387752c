import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { reopenClaim } from "@/lib/review/reopen-claim";

export const POST = route(ops.reopenClaim, async ({ db, actor, params, body }) =>
  reopenClaim({ db, actor, id: params.id ?? "", reason: body.reason, version: body.version }),
);
