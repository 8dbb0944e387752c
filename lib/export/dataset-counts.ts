import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

export interface DatasetCounts {
  byStatus: Record<string, number>;
  /** Approved claims per kind: what an export with the default filter holds. */
  approvedByKind: Record<string, number>;
  total: number;
}

/**
 * Claim counts for the dataset page (two grouped queries, however many claims there are), of the
 * claims the caller may see (`visible`, from `visibleClaimsWhere`: one project, blind rule applied).
 */
export async function datasetCounts({
  db,
  visible,
}: {
  db: Db;
  visible: Prisma.ClaimWhereInput;
}): Promise<DatasetCounts> {
  const [statuses, kinds] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: visible, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.claim.groupBy({
      by: ["kind"],
      where: { AND: [visible, { status: "approved" }] },
      _count: { _all: true },
      orderBy: { kind: "asc" },
    }),
  ]);
  const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s._count._all]));
  return {
    byStatus,
    approvedByKind: Object.fromEntries(kinds.map((k) => [k.kind, k._count._all])),
    total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
  };
}
