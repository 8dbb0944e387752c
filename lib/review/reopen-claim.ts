import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { STALE_CLAIM_MESSAGE } from "@/lib/claims/claim-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { readReviewClaim, throwConflict } from "./claim-conflict";
import { REOPENED_STATUS, reopenableStatuses, reopenProblem } from "./workflow";
import { visibleClaim } from "@/lib/projects/visible-claim";

/**
 * Unlocks an approved (or rejected) claim: it goes back to its author as changes_requested,
 * with the reason in the audit trail, and needs a new submit and a new approval. The route
 * checks claims.review; `version` guards against reopening something that changed meanwhile.
 */
export async function reopenClaim({
  db,
  actor,
  id,
  reason,
  version,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  reason: string;
  version: number;
}) {
  // A claim the caller may not see (another annotator's, blind) is a 404, as if it did not exist.
  await visibleClaim({ db, actor, claimId: id });
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw AppError.notFound(`Claim ${id}`);
    const problem = reopenProblem({ claim: before });
    if (problem) await throwConflict(tx, id, problem.message);
    if (before.version !== version) await throwConflict(tx, id, STALE_CLAIM_MESSAGE);

    const written = await tx.claim.updateMany({
      where: { id, version, status: { in: [...reopenableStatuses] } },
      data: { status: REOPENED_STATUS, reviewerId: actor.id, approvedAt: null, version: { increment: 1 } },
    });
    if (written.count !== 1) await throwConflict(tx, id, STALE_CLAIM_MESSAGE);

    const after = await claimSnapshot(tx, id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.reopen",
      entityType: "claim",
      entityId: id,
      before,
      after: after && { ...after, reason: reason.trim() },
    });
    return { claim: await readReviewClaim(tx, id) };
  });
}
