import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { DatabaseConfig } from "@/lib/db/config";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { readScope } from "@/lib/projects/read-scope";
import { clusterSelect } from "./schema";

/**
 * The clusters of one project (`projectId`, else the Default project) by name, each with how many
 * of its claims the caller may see (blind: their own); `q` narrows by name, ignoring case.
 */
export async function listClusters({
  db,
  actor,
  projectId,
  q,
  provider,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId?: string;
  q?: string;
  provider: DatabaseConfig["provider"];
}) {
  const access = await readScope({ db, actor, projectId });
  // SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE.
  const mode = provider === "postgresql" ? { mode: "insensitive" as const } : {};
  const rows = await db.cluster.findMany({
    where: { projectId: access.projectId, ...(q ? { name: { contains: q, ...mode } } : {}) },
    select: { ...clusterSelect, _count: { select: { claims: { where: visibleClaimsWhere(access) } } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return { items: rows.map(({ _count, ...cluster }) => ({ ...cluster, claimCount: _count.claims })) };
}
