import type { ExportFilter, ExportFormat } from "./schema";
import { formatWriter } from "@/lib/export/formats/writer-for";

/** `claimbench-approved-claims.csv` and the like: stable for a filter, safe in a header. */
export function exportFileName(format: ExportFormat, filter: ExportFilter): string {
  const parts = ["claimbench", filter.status, filter.kind, "claims"].filter(Boolean);
  return `${parts.join("-")}${formatWriter(format).extension}`;
}
