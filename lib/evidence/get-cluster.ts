import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildTimeline } from "./cluster-timeline";
import { CONFLICT_TOLERANCE } from "./conflicts";
import { claimSummarySelect, clusterSelect } from "./schema";

/**
 * A cluster with its claims in time order (each with `date`, `dateSource`, `period` and
 * `source`) and the conflicting pairs among them; `tolerance` is the relative difference
 * below which two figures count as the same.
 */
export async function getCluster({ db, id }: { db: Db; id: string }) {
  const cluster = await db.cluster.findUnique({
    where: { id },
    select: { ...clusterSelect, claims: { select: claimSummarySelect } },
  });
  if (!cluster) throw AppError.notFound(`Cluster ${id}`);
  const { claims, ...rest } = cluster;
  const timeline = buildTimeline(claims);
  return { ...rest, claimCount: claims.length, tolerance: CONFLICT_TOLERANCE, ...timeline };
}
export type ClusterDetail = Awaited<ReturnType<typeof getCluster>>;
