import type { ExportFilter, ExportFormat } from "./schema";

/** The file name suffix of each format (the writers say the same; this needs no settings). */
const extensions: Record<ExportFormat, string> = {
  jsonl: ".jsonl",
  csv: ".csv",
  w3c: ".w3c.jsonld",
  claimreview: ".claimreview.json",
  fever: ".fever.jsonl",
  averitec: ".averitec.json",
  articles: ".articles.jsonl",
  bundle: ".bundle.zip",
};

/** `claimbench-approved-claims.csv` and the like: stable for a filter, safe in a header. */
export function exportFileName(format: ExportFormat, filter: ExportFilter): string {
  const parts = ["claimbench", filter.status, filter.kind, "claims"].filter(Boolean);
  return `${parts.join("-")}${extensions[format]}`;
}
