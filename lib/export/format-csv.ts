import { stringify } from "csv-stringify/sync";
import type { ExportFormatWriter } from "./format";
import type { ExportRecord } from "./record";

const columns = [
  "id", "article_id", "article_title", "article_url", "article_publisher", "article_published_at",
  "start", "end", "exact", "prefix", "suffix", "kind", "value", "qualifier", "value_max", "unit",
  "time_ref", "attributed_to", "status", "verdict", "justification",
  "evidence_count", "supports", "refutes", "mixed", "context", "evidence_urls", "evidence_claim_ids",
  "cluster_id", "cluster_name", "annotator_id", "annotator_name", "reviewer_id", "reviewer_name",
  "approved_at", "schema_version",
] as const;

type Cell = string | number | null;

function countStance(record: ExportRecord, stance: string): number {
  return record.evidence.filter((e) => e.stance === stance).length;
}

function csvRow(r: ExportRecord): Cell[] {
  return [
    r.id, r.article.id, r.article.title, r.article.url, r.article.publisher, r.article.publishedAt,
    r.span.start, r.span.end, r.span.exact, r.span.prefix, r.span.suffix, r.kind, r.value, r.qualifier, r.valueMax, r.unit,
    r.timeRef, r.attributedTo, r.status, r.verdict, r.justification,
    r.evidence.length, countStance(r, "supports"), countStance(r, "refutes"), countStance(r, "mixed"), countStance(r, "context"),
    // URLs cannot contain a raw space, so a space is a safe separator inside one cell.
    r.evidence.flatMap((e) => (e.type === "url" ? [e.url] : [])).join(" "),
    r.evidence.flatMap((e) => (e.type === "claim" ? [e.targetClaimId] : [])).join(" "),
    r.cluster?.id ?? null, r.cluster?.name ?? null, r.annotator.id, r.annotator.name, r.reviewer?.id ?? null, r.reviewer?.name ?? null,
    r.approvedAt, r.schemaVersion,
  ];
}

// RFC 4180: CRLF between records, fields with a comma, quote or line break quoted, quotes doubled.
const line = (cells: readonly Cell[]) => stringify([cells.map((c) => (c === null ? "" : c))], { record_delimiter: "windows" });

/** CSV (RFC 4180, UTF-8, header row); evidence summarised in counts and space-joined lists. */
export const csvFormat: ExportFormatWriter = {
  contentType: "text/csv; charset=utf-8; header=present",
  extension: ".csv",
  begin: () => line(columns),
  record: (record) => line(csvRow(record)),
  end: () => "",
};

export const csvColumns = columns;
