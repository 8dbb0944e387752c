import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { auditEventSelect, toAuditEventView } from "./audit-view";

/**
 * A claim's timeline, oldest first: every event recorded against it (create, edits, submits,
 * decisions, reopenings, evidence links, and its deletion). A deleted claim keeps its history;
 * an id that never had a claim nor any event is a 404, and so is a claim the caller may not see.
 */
export async function getClaimHistory({
  db,
  actor,
  claimId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  claimId: string;
}) {
  await visibleClaim({ db, actor, claimId });
  const [claim, rows] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { id: true } }),
    db.auditEvent.findMany({
      where: { entityType: "claim", entityId: claimId },
      select: auditEventSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  if (!claim && rows.length === 0) throw AppError.notFound(`Claim ${claimId}`);
  return { claimId, exists: claim !== null, items: rows.map(toAuditEventView) };
}
