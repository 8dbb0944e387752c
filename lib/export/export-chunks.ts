import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "./formats";
import { readExportPages } from "./read-export-records";

/**
 * Text pieces of one export file, in order, a batch per step: the head, then each page's
 * records, then the tail. Batches keep the awaits off the per-record path; the pieces stay
 * separate (one small string per record), so a consumer never has to build a page-sized
 * string. `onRecord` counts (or reports progress).
 */
export async function* exportChunks({ db, format, filter, onRecord }: { db: Db; format: ExportFormat; filter: ExportFilter; onRecord?: (count: number) => void }): AsyncGenerator<readonly string[]> {
  const writer = formatWriter(format);
  const head = writer.begin();
  if (head) yield [head];
  let index = 0;
  for await (const page of readExportPages({ db, filter })) {
    const pieces = new Array<string>(page.length);
    for (let i = 0; i < page.length; i++) {
      pieces[i] = writer.record(page[i], index);
      index += 1;
      onRecord?.(index);
    }
    yield pieces;
  }
  const tail = writer.end();
  if (tail) yield [tail];
}
