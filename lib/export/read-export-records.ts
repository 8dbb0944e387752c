import type { Db } from "@/lib/db/client";
import type { ExportFilter } from "./schema";
import { exportWhere } from "./export-where";
import { exportClaimSelect, toExportRecord, type ExportRecord } from "./record";

/** Rows per query: big enough to amortise the round trip, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Yields the claims matching `filter` in id order, one page at a time (keyset pagination on the
 * primary key, so page N costs the same as page 1 and memory stays at one page whatever the size).
 */
export async function* readExportRecords({ db, filter, pageSize = EXPORT_PAGE_SIZE }: { db: Db; filter: ExportFilter; pageSize?: number }): AsyncGenerator<ExportRecord> {
  const where = exportWhere(filter);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.claim.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: "asc" },
      take: pageSize,
      select: exportClaimSelect,
    });
    for (const row of rows) yield toExportRecord(row);
    if (rows.length < pageSize) return;
    cursor = rows[rows.length - 1].id;
  }
}

/** How many claims an export with `filter` holds. */
export async function countExportRecords({ db, filter }: { db: Db; filter: ExportFilter }): Promise<number> {
  return db.claim.count({ where: exportWhere(filter) });
}
