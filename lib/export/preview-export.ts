import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "@/lib/export/formats/writer-for";
import { articlesFormat } from "@/lib/export/formats/articles";
import { readExportRecords } from "@/lib/export/records/read-export-records";
import { readExportArticles } from "@/lib/export/records/read-export-articles";

const BUNDLE_PREVIEW_HEAD =
  "# A zip of claims.jsonl, articles.jsonl, schemas/, README.md (the dataset card), croissant.json and manifest.json.\n# claims.jsonl begins:\n";

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
  let records = 0;
  if (format === "articles") {
    const writer = articlesFormat();
    let text = writer.begin();
    for await (const batch of readExportArticles({ db, filter }))
      for (const article of batch) {
        text += writer.record(article);
        if ((records += 1) >= limit) return { text, records };
      }
    return { text, records };
  }
  // The bundle's data file is the JSON Lines export: its first claims stand for the zip.
  const writer = formatWriter(format === "bundle" ? "jsonl" : format, { filter });
  let text = format === "bundle" ? BUNDLE_PREVIEW_HEAD : writer.begin();
  for await (const record of readExportRecords({ db, filter, batchRows: limit })) {
    text += writer.record(record);
    records += 1;
    if (records >= limit) break;
  }
  return { text, records };
}
