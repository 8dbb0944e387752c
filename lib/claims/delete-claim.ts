import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { assertClaimAccess, editableStatuses, STALE_CLAIM_MESSAGE } from "./claim-access";
import { claimSelect } from "./schema";
import { visibleClaim } from "@/lib/projects/visible-claim";

/**
 * Deletes a draft or changes-requested claim (author or admin only). With `version`, only if
 * nobody changed it since; the delete itself is conditional, so it cannot remove a claim that
 * was edited or submitted between the check and the write.
 */
export async function deleteClaim({
  db,
  actor,
  id,
  version,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  version?: number;
}) {
  // A claim the caller may not see (another annotator's, blind) is a 404, as if it did not exist.
  await visibleClaim({ db, actor, claimId: id });
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id }, select: { ...claimSelect, authorId: true } });
    if (!current) throw AppError.notFound(`Claim ${id}`);
    const { authorId, ...currentClaim } = current;
    assertClaimAccess({
      actor,
      claim: { authorId, status: current.status },
      action: "delete",
      details: { current: currentClaim },
    });
    if (version !== undefined && current.version !== version) {
      throw new AppError("conflict", STALE_CLAIM_MESSAGE, undefined, { current: currentClaim });
    }
    const before = await claimSnapshot(tx, id);
    const removed = await tx.claim.deleteMany({
      where: { id, version: current.version, status: { in: [...editableStatuses] } },
    });
    if (removed.count !== 1) {
      const latest = await tx.claim.findUnique({ where: { id }, select: claimSelect });
      if (!latest) throw AppError.notFound(`Claim ${id}`);
      throw new AppError("conflict", STALE_CLAIM_MESSAGE, undefined, { current: latest });
    }
    await recordAudit(tx, { actorId: actor.id, action: "claim.delete", entityType: "claim", entityId: id, before });
    return { id, deleted: true as const };
  });
}
