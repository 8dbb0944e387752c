import type { ExportContext, ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";

const columns = [
  "id",
  "article_id",
  "article_title",
  "article_url",
  "article_publisher",
  "article_published_at",
  "start",
  "end",
  "code_point_start",
  "code_point_end",
  "exact",
  "prefix",
  "suffix",
  "statement",
  "kind",
  "value",
  "qualifier",
  "value_max",
  "unit",
  "time_ref",
  "attributed_to",
  "author_type",
  "status",
  "verdict",
  "justification",
  "evidence_count",
  "supports",
  "refutes",
  "mixed",
  "context",
  "evidence_urls",
  "evidence_claim_ids",
  "cluster_id",
  "cluster_name",
  "annotator_id",
  "annotator_name",
  "reviewer_id",
  "reviewer_name",
  "approved_at",
  "updated_at",
  "layer",
  "provenance",
  "provenance_action",
  "source_claim_ids",
  "source_annotator_ids",
  "source_annotator_names",
  "adjudicator_id",
  "adjudicator_name",
  "reason_code",
  "reason_comment",
  "decided_at",
  "schema_version",
] as const;

export type CsvCell = string | number | null;

function countStance(record: ExportRecord, stance: string): number {
  return record.evidence.filter((e) => e.stance === stance).length;
}

function csvRow(r: ExportRecord): CsvCell[] {
  const p = r.provenance;
  return [
    r.id,
    r.article.id,
    r.article.title,
    r.article.url,
    r.article.publisher,
    r.article.publishedAt,
    r.span.start,
    r.span.end,
    r.span.codePointStart,
    r.span.codePointEnd,
    r.span.exact,
    r.span.prefix,
    r.span.suffix,
    r.statement,
    r.kind,
    r.value,
    r.qualifier,
    r.valueMax,
    r.unit,
    r.timeRef,
    r.attributedTo,
    r.authorType,
    r.status,
    r.verdict,
    r.justification,
    r.evidence.length,
    countStance(r, "supports"),
    countStance(r, "refutes"),
    countStance(r, "mixed"),
    countStance(r, "context"),
    // URLs cannot contain a raw space, so a space is a safe separator inside one cell.
    r.evidence.flatMap((e) => (e.type === "url" ? [e.url] : [])).join(" "),
    r.evidence.flatMap((e) => (e.type === "claim" ? [e.targetClaimId] : [])).join(" "),
    r.cluster?.id ?? null,
    r.cluster?.name ?? null,
    r.annotator.id,
    r.annotator.name,
    r.reviewer?.id ?? null,
    r.reviewer?.name ?? null,
    r.approvedAt,
    r.updatedAt,
    r.layer,
    p?.kind ?? null,
    p?.action ?? null,
    // Ids hold no spaces; names may, so they are joined with " | " in the sources' order.
    p ? p.sources.map((s) => s.claimId).join(" ") : null,
    p ? p.sources.map((s) => s.annotator.id).join(" ") : null,
    p ? p.sources.map((s) => s.annotator.name).join(" | ") : null,
    p?.adjudicator?.id ?? null,
    p?.adjudicator?.name ?? null,
    p?.reasonCode ?? null,
    p?.comment ?? null,
    p?.decidedAt ?? null,
    r.schemaVersion,
  ];
}

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// the fullwidth forms are there because some apps normalise them to the ASCII ones.
// A cell that already starts with the quote gets one too, so the guard can always be undone: a
// text cell that starts with `'` had exactly one added.
const GUARDED_START = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "'"]);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One text cell: a leading single quote neutralises a formula start, and is added to a cell that
 * already starts with one, so that dropping one leading `'` from every text cell that has one
 * gives the text back exactly (numbers such as -5 are never touched); then RFC 4180 quoting when
 * the text holds a comma, quote or line break. Otherwise the bytes of csv-stringify with
 * `escape_formulas` (a unit test holds it to them), without its set-up on every call.
 */
function csvTextCell(text: string): string {
  const value = text !== "" && GUARDED_START.has(text[0]) ? `'${text}` : text;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const cell = (c: CsvCell) => (c === null ? "" : typeof c === "number" ? String(c) : csvTextCell(c));

// RFC 4180: CRLF after every record, fields with a comma, quote or line break quoted, quotes doubled.
export const csvLine = (cells: readonly CsvCell[]) => `${cells.map(cell).join(",")}\r\n`;

/**
 * CSV (RFC 4180, UTF-8, header row); evidence summarised in counts and space-joined lists; text
 * cells that would start a spreadsheet formula get a leading `'`.
 */
export const csvFormat = ({ filter }: ExportContext): ExportFormatWriter => ({
  contentType: "text/csv; charset=utf-8; header=present",
  extension: ".csv",
  // `bom=1`: a UTF-8 byte-order mark first, for Excel.
  begin: () => `${filter.bom ? "\uFEFF" : ""}${csvLine(columns)}`,
  record: (record) => csvLine(csvRow(record)),
  end: () => "",
});

export const csvColumns = columns;
