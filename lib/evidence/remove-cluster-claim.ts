import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/errors";

/** Takes a claim out of a cluster (404 when the claim is not in it). */
export async function removeClusterClaim({ db, clusterId, claimId }: { db: Db; actor: Pick<Actor, "id">; clusterId: string; claimId: string }) {
  const removed = await db.claim.updateMany({ where: { id: claimId, clusterId }, data: { clusterId: null } });
  if (removed.count !== 1) throw AppError.notFound(`Claim ${claimId} in cluster ${clusterId}`);
  return { clusterId, claimId, removed: true as const };
}
