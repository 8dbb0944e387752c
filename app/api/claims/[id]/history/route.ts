import { route } from "@/lib/http/route";
import { getClaimHistory } from "@/lib/audit/get-claim-history";

/**
 * The claim's audit timeline, oldest first: `{ claimId, exists, items: [{ id, action, actor,
 * before, after, changes, createdAt }] }`. Read-only: there is no way to change the trail.
 */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  getClaimHistory({ db, actor, claimId: params.id ?? "" }),
);
