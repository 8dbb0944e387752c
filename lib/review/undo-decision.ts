import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { readReviewClaim, throwConflict } from "./claim-conflict";
import { statusAfterDecision } from "./workflow";
import { visibleClaim } from "@/lib/projects/visible-claim";
import type { ReviewDecisionKind } from "./schema";

/** How long after a decision its reviewer may take it back (the queue offers Undo for 10 s of it). */
export const UNDO_WINDOW_MS = 15_000;

/**
 * Takes back the caller's last decision on a claim within `UNDO_WINDOW_MS`: the claim is
 * "submitted" again (back in the queue, out of its author's inbox), the decision row is removed
 * from the review rounds, and the audit trail keeps both the decision and its undo. Only the
 * reviewer who decided, only while nothing happened to the claim since (`version` is the one the
 * decision answered with; 409 with `current` otherwise); later, a decided claim is reopened.
 */
export async function undoDecision({
  db,
  actor,
  id,
  version,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  version: number;
  now?: Date;
}) {
  await visibleClaim({ db, actor, claimId: id });
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw AppError.notFound(`Claim ${id}`);
    const last = await tx.reviewDecision.findFirst({
      where: { claimId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, decision: true, comment: true, reviewerId: true, createdAt: true },
    });
    if (!last || statusAfterDecision[last.decision as ReviewDecisionKind] !== before.status)
      await throwConflict(tx, id, "There is no decision on this claim to undo");
    if (last!.reviewerId !== actor.id)
      throw new AppError("forbidden", "Only the reviewer who decided may undo the decision; others reopen it");
    if (now.getTime() - last!.createdAt.getTime() > UNDO_WINDOW_MS)
      await throwConflict(tx, id, "The moment to undo has passed; reopen the claim instead");
    if (before.version !== version)
      await throwConflict(tx, id, "The claim changed since your decision; it was not undone");

    const written = await tx.claim.updateMany({
      where: { id, version, status: before.status },
      data: { status: "submitted", reviewerId: null, approvedAt: null, version: { increment: 1 } },
    });
    if (written.count !== 1) await throwConflict(tx, id, "The claim changed since your decision; it was not undone");
    await tx.reviewDecision.delete({ where: { id: last!.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.undo_decision",
      entityType: "claim",
      entityId: id,
      before: { ...before, decisionId: last!.id, decision: last!.decision, comment: last!.comment },
      after: await claimSnapshot(tx, id),
    });
    return { claim: await readReviewClaim(tx, id) };
  });
}
