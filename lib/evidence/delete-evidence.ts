import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { assertMayChangeApproved } from "@/lib/review/approved-guard";
import { evidenceDeleteProblem } from "./evidence-access";
import { visibleClaim } from "@/lib/projects/visible-claim";

/**
 * Deletes an evidence link (its creator or an admin; 403 otherwise), with its audit event. A link
 * on a claim the caller may not see (blind) is a 404, as if it did not exist.
 */
export async function deleteEvidence({ db, actor, id }: { db: Db; actor: Pick<Actor, "id" | "role">; id: string }) {
  const found = await db.evidence.findUnique({ where: { id }, select: { claimId: true, targetClaimId: true } });
  if (found) {
    const ends = [found.claimId, ...(found.targetClaimId ? [found.targetClaimId] : [])];
    for (const claimId of ends) {
      await visibleClaim({ db, actor, claimId }).catch(() => {
        throw AppError.notFound(`Evidence ${id}`);
      });
    }
  }
  return db.$transaction(async (tx) => {
    const link = await tx.evidence.findUnique({ where: { id } });
    if (!link) throw AppError.notFound(`Evidence ${id}`);
    const problem = evidenceDeleteProblem({ actor, link: { createdBy: { id: link.createdById } } });
    if (problem) throw new AppError("forbidden", problem);
    const claims = await tx.claim.findMany({
      where: { id: { in: [link.claimId, ...(link.targetClaimId ? [link.targetClaimId] : [])] } },
      select: { status: true },
    });
    assertMayChangeApproved(actor, claims, "Removing evidence");
    // deleteMany: a concurrent delete of the same link is a 404, not a 500.
    const removed = await tx.evidence.deleteMany({ where: { id } });
    if (removed.count !== 1) throw AppError.notFound(`Evidence ${id}`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.unlink",
      entityType: "claim",
      entityId: link.claimId,
      before: link,
    });
    return { id, deleted: true as const };
  });
}
