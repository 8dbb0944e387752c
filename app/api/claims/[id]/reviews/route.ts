import { route } from "@/lib/http/route";
import { listReviewRounds } from "@/lib/review/list-review-rounds";

/**
 * The claim's review rounds, oldest first: `{ claimId, items: [{ type: "submitted" | "decided" |
 * "reopened", at, by, decision?, comment? }] }`. A claim the caller may not see is a 404.
 */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listReviewRounds({ db, actor, claimId: params.id ?? "" }),
);
