import { route } from "@/lib/http/route";
import { ReviewClaimInput } from "@/lib/review/schema";
import { reviewClaim } from "@/lib/review/review-claim";

/**
 * A reviewer's decision: `{ decision: "approve" | "reject" | "request_changes", comment?, version }`
 * → `{ claim, decision }`. 403 for the claim's own author (four eyes), 422 without a comment
 * on reject / request_changes, 409 with `current` when someone decided first or it changed.
 */
export const POST = route(
  { permission: "claims.review", body: ReviewClaimInput },
  async ({ db, actor, params, body }) => reviewClaim({ db, actor, id: params.id ?? "", input: body }),
);
