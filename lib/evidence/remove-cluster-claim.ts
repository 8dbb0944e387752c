import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertMayChangeApproved } from "@/lib/review/approved-guard";
import { visibleClaim } from "@/lib/projects/visible-claim";

/** Takes a claim out of a cluster (404 when the claim is not in it or the caller may not see it). */
export async function removeClusterClaim({
  db,
  actor,
  clusterId,
  claimId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  clusterId: string;
  claimId: string;
}) {
  await visibleClaim({ db, actor, claimId });
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, clusterId }, select: { status: true } });
    if (!claim) throw AppError.notFound(`Claim ${claimId} in cluster ${clusterId}`);
    assertMayChangeApproved(actor, [claim], "Changing the cluster");
    const removed = await tx.claim.updateMany({
      where: { id: claimId, clusterId, status: claim.status },
      data: { clusterId: null },
    });
    if (removed.count !== 1) throw new AppError("conflict", "The claim changed meanwhile; reload and try again");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.cluster_remove",
      entityType: "claim",
      entityId: claimId,
      before: { clusterId },
      after: { clusterId: null },
    });
  });
  return { clusterId, claimId, removed: true as const };
}
