import type { Db } from "@/lib/db/client";
import type { DatabaseConfig } from "@/lib/db/config";
import { clusterSelect } from "./schema";

/** Every cluster by name, with how many claims it holds; `q` narrows by name, ignoring case. */
export async function listClusters({ db, q, provider }: { db: Db; q?: string; provider: DatabaseConfig["provider"] }) {
  // SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE.
  const mode = provider === "postgresql" ? { mode: "insensitive" as const } : {};
  const rows = await db.cluster.findMany({
    where: q ? { name: { contains: q, ...mode } } : undefined,
    select: { ...clusterSelect, _count: { select: { claims: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return { items: rows.map(({ _count, ...cluster }) => ({ ...cluster, claimCount: _count.claims })) };
}
export type ClusterListItem = Awaited<ReturnType<typeof listClusters>>["items"][number];
