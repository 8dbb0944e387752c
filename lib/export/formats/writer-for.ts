import type { ExportFormatWriter } from "./writer";
import type { ExportFormat } from "@/lib/export/schema";
import { jsonlFormat } from "./jsonl";
import { csvFormat } from "./csv";
import { w3cFormat } from "./w3c";
import { claimReviewFormat } from "./claimreview";
import { feverFormat } from "./fever";

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
