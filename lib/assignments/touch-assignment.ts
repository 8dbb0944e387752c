import type { Tx } from "@/lib/projects/include-articles";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Marks work on an open assignment inside the caller's transaction: "assigned" becomes "in
 * progress" (with its start time) and the abandonment clock restarts. Returns false when the
 * assignment is not open (submitted or returned), changing nothing.
 */
export async function touchAssignment(
  tx: Tx,
  { assignmentId, actorId, now }: { assignmentId: string; actorId: string; now: Date },
): Promise<boolean> {
  const started = await tx.assignment.updateMany({
    where: { id: assignmentId, state: "assigned" },
    data: { state: "in_progress", startedAt: now, lastActivityAt: now, version: { increment: 1 } },
  });
  if (started.count === 1) {
    await recordAudit(tx, {
      actorId,
      action: "assignment.start",
      entityType: "assignment",
      entityId: assignmentId,
      before: { state: "assigned" },
      after: { state: "in_progress" },
    });
    return true;
  }
  const touched = await tx.assignment.updateMany({
    where: { id: assignmentId, state: "in_progress" },
    data: { lastActivityAt: now },
  });
  return touched.count === 1;
}
