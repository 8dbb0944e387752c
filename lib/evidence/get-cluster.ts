import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { projectAccess } from "@/lib/projects/project-access";
import { buildTimeline } from "./cluster-timeline";
import { CONFLICT_TOLERANCE } from "./conflicts";
import { claimSummarySelect, clusterSelect } from "./schema";

/**
 * A cluster with its claims in time order (each with `date`, `dateSource`, `period` and
 * `source`) and the conflicting pairs among them; `tolerance` is the relative difference
 * below which two figures count as the same. Only the claims the caller may see count (blind:
 * their own); a cluster of a project the caller cannot see is a 404.
 */
export async function getCluster({ db, actor, id }: { db: Db; actor: Pick<Actor, "id" | "role">; id: string }) {
  const found = await db.cluster.findUnique({ where: { id }, select: { projectId: true } });
  const access = found && (await projectAccess({ db, actor, projectId: found.projectId }).catch(() => null));
  if (!access) throw AppError.notFound(`Cluster ${id}`);
  const cluster = await db.cluster.findUnique({
    where: { id },
    select: { ...clusterSelect, claims: { where: visibleClaimsWhere(access), select: claimSummarySelect } },
  });
  if (!cluster) throw AppError.notFound(`Cluster ${id}`);
  const { claims, ...rest } = cluster;
  const timeline = buildTimeline(claims);
  return { ...rest, claimCount: claims.length, tolerance: CONFLICT_TOLERANCE, ...timeline };
}
export type ClusterDetail = Awaited<ReturnType<typeof getCluster>>;
