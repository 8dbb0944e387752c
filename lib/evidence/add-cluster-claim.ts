import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import { assertMayChangeApproved } from "@/lib/review/approved-guard";
import { visibleClaim } from "@/lib/projects/visible-claim";

/**
 * Puts a claim into a cluster. Idempotent (`added: false` when it is already there); a claim in
 * another cluster is a 409 naming that cluster, since a claim states one fact. Membership is
 * not part of what the claim says, so it neither needs the claim's author nor bumps its version.
 * The write is conditional on the claim being in no cluster, so two people placing one claim
 * into two clusters at once cannot both win.
 */
export async function addClusterClaim({
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
  const cluster = await db.cluster.findUnique({ where: { id: clusterId }, select: { id: true } });
  if (!cluster) throw AppError.notFound(`Cluster ${clusterId}`);
  // A claim the caller may not see (blind) is answered as one that does not exist.
  const seen = await visibleClaim({ db, actor, claimId }).catch(() => null);
  const claim = seen?.exists
    ? await db.claim.findUnique({ where: { id: claimId }, select: { id: true, clusterId: true, status: true } })
    : null;
  if (!claim) {
    const message = `no claim has the id "${claimId}"`;
    throw new AppError("validation_failed", `Invalid request: claimId: ${message}`, [{ path: "claimId", message }]);
  }
  if (claim.clusterId === clusterId) return { clusterId, claimId, added: false };
  assertMayChangeApproved(actor, [claim], "Changing the cluster");
  const reviewer = can(actor, "claims.review");
  const added = await db.$transaction(async (tx) => {
    // Conditional on the status too: a claim approved since the check above is not moved.
    const written = await tx.claim.updateMany({
      where: { id: claimId, clusterId: null, ...(reviewer ? {} : { status: { not: "approved" } }) },
      data: { clusterId },
    });
    if (written.count !== 1) return false;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.cluster_add",
      entityType: "claim",
      entityId: claimId,
      before: { clusterId: null },
      after: { clusterId },
    });
    return true;
  });
  if (added) return { clusterId, claimId, added: true };

  const now = await db.claim.findUnique({
    where: { id: claimId },
    select: { clusterId: true, cluster: { select: { id: true, name: true } } },
  });
  if (now?.clusterId === clusterId) return { clusterId, claimId, added: false };
  if (!now) throw AppError.notFound(`Claim ${claimId}`);
  if (!now.clusterId) assertMayChangeApproved(actor, [{ status: "approved" }], "Changing the cluster");
  const other = now.cluster;
  throw new AppError(
    "conflict",
    `The claim is already in the cluster “${other?.name ?? "another cluster"}”; remove it from there first`,
    undefined,
    { clusterId: other?.id ?? null },
  );
}
