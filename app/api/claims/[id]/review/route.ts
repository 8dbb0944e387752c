import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { reviewClaim } from "@/lib/review/review-claim";

export const POST = route(ops.reviewClaim, async ({ db, actor, params, body }) =>
  reviewClaim({ db, actor, id: params.id ?? "", input: body }),
);
