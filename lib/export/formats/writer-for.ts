import type { ExportContext, ExportFormatWriter } from "./writer";
import type { ClaimExportFormat, ExportFormat } from "@/lib/export/schema";
import { articlesFormat } from "./articles";
import { jsonlFormat } from "./jsonl";
import { csvFormat } from "./csv";
import { w3cFormat } from "./w3c";
import { claimReviewFormat, factCheckUrlFromEnv } from "./claimreview";
import { feverFormat } from "./fever";
import { averitecFormat } from "./averitec";

/** Without a filter: the default export (approved claims). Enough for the content type and extension. */
const DEFAULT_CONTEXT: ExportContext = { filter: { status: "approved" } };

/** A fresh writer for one export (ClaimReview reads its settings from the environment now). */
export function formatWriter(format: ClaimExportFormat, context: ExportContext = DEFAULT_CONTEXT): ExportFormatWriter {
  switch (format) {
    case "jsonl":
      return jsonlFormat();
    case "csv":
      return csvFormat(context);
    case "w3c":
      return w3cFormat(context);
    case "claimreview":
      // In a project with a gold layer (`layers` set), only gold claims are the project's fact-checks.
      return claimReviewFormat(undefined, { goldOnly: context.filter.layers !== undefined });
    case "fever":
      return feverFormat();
    case "averitec":
      // Likewise, AVeriTeC's records are the project's gold claims when it has a gold layer.
      return averitecFormat(factCheckUrlFromEnv(), { goldOnly: context.filter.layers !== undefined });
  }
}

/**
 * The content type of a format's download. Asking a claim format's writer keeps its refusal
 * (ClaimReview without its URL template is a 409 before anything streams).
 */
export function exportContentType(format: ExportFormat): string {
  if (format === "articles") return articlesFormat().contentType;
  if (format === "bundle") return "application/zip";
  return formatWriter(format).contentType;
}
