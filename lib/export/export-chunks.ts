import type { ExportSource } from "@/lib/export/records/cursor";
import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "@/lib/export/formats/writer-for";
import { readExportBatches } from "@/lib/export/records/read-export-records";

/**
 * Text pieces of one export file, in order, a batch per step: the head, then each batch's
 * records, then the tail. Batches keep the awaits off the per-record path; the pieces stay
 * separate (one small string per record), so a consumer never has to build a batch-sized
 * string. `onRecord` counts the records written (or reports progress).
 */
export async function* exportChunks({
  format,
  filter,
  onRecord,
  ...source
}: ExportSource & { format: ExportFormat; filter: ExportFilter; onRecord?: (count: number) => void }): AsyncGenerator<
  readonly string[]
> {
  const writer = formatWriter(format, { filter });
  const head = writer.begin();
  if (head) yield [head];
  let written = 0;
  for await (const batch of readExportBatches({ ...source, filter })) {
    const pieces = new Array<string>(batch.length);
    for (let i = 0; i < batch.length; i++) {
      pieces[i] = writer.record(batch[i]);
      // A format may leave a claim out (an empty piece): the count is of what the file holds.
      if (pieces[i] !== "") onRecord?.((written += 1));
    }
    yield pieces;
  }
  const tail = writer.end();
  if (tail) yield [tail];
}
