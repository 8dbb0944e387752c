import { can, type Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { auditEventSelect, toAuditEventView, withoutEmail } from "./audit-view";

/**
 * A claim's timeline, oldest first: every event recorded against it (create, edits, submits,
 * decisions, reopenings, evidence links, and its deletion). A deleted claim keeps its history;
 * an id that never had a claim nor any event is a 404, and so is a claim the caller may not see.
 * Actors are shown by name; their emails only to admins.
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
  const items = rows.map(toAuditEventView);
  return { claimId, exists: claim !== null, items: can(actor, "users.manage") ? items : items.map(withoutEmail) };
}
