import type { ExportSource } from "@/lib/export/records/cursor";
import type { ExportFilter, TextExportFormat } from "./schema";
import { formatWriter } from "@/lib/export/formats/writer-for";
import { articlesFormat } from "@/lib/export/formats/articles";
import type { ExportFormatWriter } from "@/lib/export/formats/writer";
import { readExportBatches } from "@/lib/export/records/read-export-records";
import { readExportArticles } from "@/lib/export/records/read-export-articles";

/**
 * Text pieces of one export file, in order, a batch per step: the head, then each batch's
 * records, then the tail. Batches keep the awaits off the per-record path; the pieces stay
 * separate (one small string per record), so a consumer never has to build a batch-sized
 * string. `onRecord` counts the records written (or reports progress). `articles` writes the
 * export's articles; every other format its claims.
 */
export function exportChunks({
  format,
  filter,
  onRecord,
  ...source
}: ExportSource & {
  format: TextExportFormat;
  filter: ExportFilter;
  onRecord?: (count: number) => void;
}): AsyncGenerator<readonly string[]> {
  if (format === "articles")
    return writtenChunks(articlesFormat(), readExportArticles({ ...source, filter }), onRecord);
  return writtenChunks(formatWriter(format, { filter }), readExportBatches({ ...source, filter }), onRecord);
}

async function* writtenChunks<T>(
  writer: ExportFormatWriter<T>,
  batches: AsyncGenerator<T[]>,
  onRecord?: (count: number) => void,
): AsyncGenerator<readonly string[]> {
  const head = writer.begin();
  if (head) yield [head];
  let written = 0;
  for await (const batch of batches) {
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
