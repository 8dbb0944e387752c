import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { submitClaim } from "@/lib/review/submit-claim";

export const POST = route(ops.submitClaim, async ({ db, actor, params, body }) =>
  submitClaim({ db, actor, id: params.id ?? "", version: body.version }),
);
