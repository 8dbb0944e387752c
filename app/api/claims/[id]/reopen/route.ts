import { route } from "@/lib/http/route";
import { ReopenClaimInput } from "@/lib/review/schema";
import { reopenClaim } from "@/lib/review/reopen-claim";

/**
 * Unlocks an approved or rejected claim: `{ reason, version }` → `{ claim }` with status
 * "changes_requested" (back to its author, then a new submit and approval). 409 with `current`
 * when stale or not decided.
 */
export const POST = route(
  { permission: "claims.review", body: ReopenClaimInput },
  async ({ db, actor, params, body }) =>
    reopenClaim({ db, actor, id: params.id ?? "", reason: body.reason, version: body.version }),
);
