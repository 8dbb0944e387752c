import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "./formats";
import { readExportPages } from "./read-export-records";

/**
 * Text pieces of one export file, in order: the head, one piece per page of records, the tail
 * (a piece per page rather than per record keeps the awaits off the per-record path).
 * `onRecord` counts (or reports progress).
 */
export async function* exportChunks({ db, format, filter, onRecord }: { db: Db; format: ExportFormat; filter: ExportFilter; onRecord?: (count: number) => void }): AsyncGenerator<string> {
  const writer = formatWriter(format);
  const head = writer.begin();
  if (head) yield head;
  let index = 0;
  for await (const page of readExportPages({ db, filter })) {
    let text = "";
    for (const record of page) {
      text += writer.record(record, index);
      index += 1;
      onRecord?.(index);
    }
    yield text;
  }
  const tail = writer.end();
  if (tail) yield tail;
}
