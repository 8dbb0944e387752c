import type { Db } from "@/lib/db/client";
import type { ExportFilter } from "@/lib/export/schema";
import { exportWhere } from "./where";
import { evidenceOf, openExportCursor, recordOf, type ExportSource } from "./cursor";
import type { ExportRecord } from "./record";

/**
 * Rows per read: enough to amortise a PostgreSQL round trip, few enough that a batch is formatted
 * and encoded before V8's next minor GC, so its objects die young and the heap stays flat.
 */
const EXPORT_BATCH_ROWS = 256;

/**
 * Yields the claims matching `filter` in id order, a small batch at a time, from one ordered
 * SELECT (one snapshot). A claim's evidence rows are consecutive; the last claim of a batch is
 * held back until its next row (or the end) shows it is complete. The statement is closed when
 * the consumer stops early, too.
 */
export async function* readExportBatches({
  filter,
  batchRows = EXPORT_BATCH_ROWS,
  ...source
}: ExportSource & { filter: ExportFilter; batchRows?: number }): AsyncGenerator<ExportRecord[]> {
  const cursor = openExportCursor(source, filter);
  try {
    const astral = await cursor.astral();
    let open: ExportRecord | undefined;
    for (;;) {
      const rows = await cursor.read(batchRows);
      const batch: ExportRecord[] = [];
      for (const row of rows) {
        if (open !== undefined && open.id === row[0]) {
          open.evidence.push(evidenceOf(row));
          continue;
        }
        if (open) batch.push(open);
        open = recordOf(row, astral);
      }
      if (rows.length < batchRows) {
        if (open) batch.push(open);
        if (batch.length > 0) yield batch;
        return;
      }
      if (batch.length > 0) yield batch;
    }
  } finally {
    await cursor.close();
  }
}

/** The same claims one by one. */
export async function* readExportRecords(
  options: ExportSource & { filter: ExportFilter; batchRows?: number },
): AsyncGenerator<ExportRecord> {
  for await (const batch of readExportBatches(options)) yield* batch;
}

/** How many claims an export with `filter` holds. */
export async function countExportRecords({ db, filter }: { db: Db; filter: ExportFilter }): Promise<number> {
  return db.claim.count({ where: exportWhere(filter) });
}
