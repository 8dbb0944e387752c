import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "./formats";
import { readExportRecords } from "./read-export-records";

/** Text pieces of one export file, in order; `onRecord` counts (or reports progress). */
export async function* exportChunks({ db, format, filter, onRecord }: { db: Db; format: ExportFormat; filter: ExportFilter; onRecord?: (count: number) => void }): AsyncGenerator<string> {
  const writer = formatWriter(format);
  const head = writer.begin();
  if (head) yield head;
  let index = 0;
  for await (const record of readExportRecords({ db, filter })) {
    yield writer.record(record, index);
    index += 1;
    onRecord?.(index);
  }
  const tail = writer.end();
  if (tail) yield tail;
}
