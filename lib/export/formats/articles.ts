import type { ExportFormatWriter } from "./writer";
import type { ExportArticle } from "@/lib/export/records/read-export-articles";

/**
 * JSON Lines of the export's articles: id, title, url, publisher, publishedAt, the canonical text
 * the claims' offsets count in, and its SHA-256 (`textSha256`), one article per line.
 */
export const articlesFormat = (): ExportFormatWriter<ExportArticle> => ({
  contentType: "application/x-ndjson; charset=utf-8",
  extension: ".articles.jsonl",
  begin: () => "",
  record: (article) => `${JSON.stringify(article)}\n`,
  end: () => "",
});
