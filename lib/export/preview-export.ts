import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "@/lib/export/formats/writer-for";
import { readExportRecords } from "@/lib/export/records/read-export-records";

/**
 * The start of an export: the format's opening and its first `limit` records, exactly as the
 * file has them (so a preview of CSV shows the header and the quoting). Reads one small batch.
 */
export async function previewExport({
  db,
  format,
  filter,
  limit = 3,
}: {
  db: Db;
  format: ExportFormat;
  filter: ExportFilter;
  limit?: number;
}): Promise<{ text: string; records: number }> {
  const writer = formatWriter(format, { filter });
  let text = writer.begin();
  let records = 0;
  for await (const record of readExportRecords({ db, filter, batchRows: limit })) {
    text += writer.record(record);
    records += 1;
    if (records >= limit) break;
  }
  return { text, records };
}
