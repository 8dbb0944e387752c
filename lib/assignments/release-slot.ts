import type { Tx } from "@/lib/projects/include-articles";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ReturnReason } from "@/lib/projects/vocabulary";

/**
 * Returns an open assignment (assigned or in progress) to the pool inside the caller's
 * transaction: the assignment becomes "returned" (its claims stay with it, visible to
 * reviewers and managers, never deleted), its article gets the slot back and its annotator
 * the quota. `staleBefore` makes the return conditional on the assignment still being
 * untouched since then (the abandonment timeout). Returns false when the assignment was no
 * longer open (or was touched): nothing is changed then.
 */
export async function releaseSlot(
  tx: Tx,
  {
    assignmentId,
    reason,
    actorId,
    now,
    staleBefore,
  }: { assignmentId: string; reason: ReturnReason; actorId: string | null; now: Date; staleBefore?: Date },
): Promise<boolean> {
  const before = await tx.assignment.findUnique({
    where: { id: assignmentId },
    select: { projectId: true, articleId: true, annotatorId: true, state: true, lastActivityAt: true },
  });
  if (!before) return false;
  const returned = await tx.assignment.updateMany({
    where: {
      id: assignmentId,
      state: { in: ["assigned", "in_progress"] },
      ...(staleBefore ? { lastActivityAt: { lt: staleBefore } } : {}),
    },
    data: { state: "returned", returnReason: reason, returnedAt: now, version: { increment: 1 } },
  });
  if (returned.count !== 1) return false;
  const { projectId, articleId, annotatorId } = before;
  await tx.$executeRaw`
    UPDATE "ProjectArticle"
    SET "activeAssignments" = "activeAssignments" - 1,
        "state" = CASE WHEN "state" = 'full' THEN 'open' ELSE "state" END
    WHERE "projectId" = ${projectId} AND "articleId" = ${articleId}`;
  await tx.projectMember.updateMany({
    where: { projectId, userId: annotatorId, activeAssignments: { gt: 0 } },
    data: { activeAssignments: { decrement: 1 } },
  });
  await recordAudit(tx, {
    actorId,
    action: "assignment.return",
    entityType: "assignment",
    entityId: assignmentId,
    before: { state: before.state, lastActivityAt: before.lastActivityAt.toISOString() },
    after: { state: "returned", returnReason: reason },
  });
  return true;
}
