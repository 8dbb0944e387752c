import type { Db } from "@/lib/db/client";
import type { ExportFilter } from "./schema";
import { exportWhere } from "./export-where";
import { exportPageReader } from "./export-query";
import type { ExportRecord } from "./record";

/** Rows per query: big enough to amortise the round trip, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Yields the claims matching `filter` in id order, a page at a time (keyset pagination on the
 * primary key, so page N costs the same as page 1 and memory stays at a page or two whatever the
 * size). The next page is requested while this one is consumed, so a PostgreSQL round trip
 * overlaps the formatting.
 */
export async function* readExportPages({ db, filter, pageSize = EXPORT_PAGE_SIZE }: { db: Db; filter: ExportFilter; pageSize?: number }): AsyncGenerator<ExportRecord[]> {
  const readPage = exportPageReader(db, filter);
  let page = await readPage("", pageSize);
  for (;;) {
    const next = page.length === pageSize ? readPage(page[page.length - 1].id, pageSize) : undefined;
    // Still rejects where it is awaited; this only keeps an abandoned read from being "unhandled".
    next?.catch(() => undefined);
    if (page.length > 0) yield page;
    if (!next) return;
    page = await next;
  }
}

/** The same claims one by one. */
export async function* readExportRecords(options: { db: Db; filter: ExportFilter; pageSize?: number }): AsyncGenerator<ExportRecord> {
  for await (const page of readExportPages(options)) yield* page;
}

/** How many claims an export with `filter` holds. */
export async function countExportRecords({ db, filter }: { db: Db; filter: ExportFilter }): Promise<number> {
  return db.claim.count({ where: exportWhere(filter) });
}
