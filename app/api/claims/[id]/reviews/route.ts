import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { listReviewRounds } from "@/lib/review/list-review-rounds";

export const GET = route(ops.getClaimReviews, async ({ db, actor, params }) =>
  listReviewRounds({ db, actor, claimId: params.id ?? "" }),
);
