import type { ExportFormatWriter } from "./format";
import type { ExportFormat } from "./schema";
import { jsonlFormat } from "./format-jsonl";
import { csvFormat } from "./format-csv";
import { w3cFormat } from "./format-w3c";
import { claimReviewFormat } from "./format-claimreview";
import { feverFormat } from "./format-fever";

/** The writer for a format (ClaimReview reads its organisation from the environment now). */
export function formatWriter(format: ExportFormat): ExportFormatWriter {
  switch (format) {
    case "jsonl":
      return jsonlFormat;
    case "csv":
      return csvFormat;
    case "w3c":
      return w3cFormat;
    case "claimreview":
      return claimReviewFormat();
    case "fever":
      return feverFormat;
  }
}
