import type { ExportRecord } from "@/lib/export/records/record";
import type { ClaimExportFormat, ExportFilter } from "@/lib/export/schema";
import { formatWriter } from "./writer-for";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/schema";

/** A record with awkward text (commas, quotes, newlines, non-ASCII) for the format tests. */
export function sampleRecord(overrides: Partial<ExportRecord> = {}): ExportRecord {
  return {
    id: "c1",
    article: {
      id: "a1",
      title: 'Syria, "the war"\nday 2',
      url: "https://news.example/syria",
      publisher: "AFP",
      publishedAt: "2012-11-19T00:00:00.000Z",
    },
    span: {
      start: 10,
      end: 33,
      codePointStart: 10,
      codePointEnd: 33,
      exact: "over 30,000 people dead",
      prefix: 'said, "',
      suffix: '"\nactivists — Ünïcödé',
    },
    statement: "Over 30,000 people had died in the Syrian civil war by 19 November 2012, activists said.",
    kind: "casualty",
    value: 30000,
    qualifier: "more_than",
    valueMax: null,
    unit: "people",
    timeRef: "2012-11",
    attributedTo: "activists",
    authorType: "organisation",
    status: "approved",
    verdict: "supported",
    justification: 'Matches SOHR, "30,000+"',
    evidence: [
      { type: "claim", stance: "supports", targetClaimId: "c0", quote: "30,000 killed" },
      {
        type: "url",
        stance: "refutes",
        url: "https://a.example/x",
        title: "T",
        publisher: "P",
        quote: "q",
        accessedAt: "2012-12-01T00:00:00.000Z",
      },
      {
        type: "url",
        stance: "supports",
        url: "https://b.example/y",
        title: null,
        publisher: null,
        quote: null,
        accessedAt: null,
      },
    ],
    cluster: { id: "k1", name: "Syria toll" },
    annotator: { id: "u1", name: "Ann O'Tator" },
    reviewer: { id: "u2", name: "Rev, Iewer" },
    approvedAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:01.000Z",
    layer: "annotation",
    provenance: null,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    ...overrides,
  };
}

/** The sample record as a gold claim an adjudicator took from one of two annotators' versions. */
export function sampleGoldRecord(overrides: Partial<ExportRecord> = {}): ExportRecord {
  return sampleRecord({
    id: "g1",
    layer: "gold",
    provenance: {
      kind: "adjudicated",
      action: "take",
      sources: [{ claimId: "c1", annotator: { id: "u1", name: "Ann O'Tator" } }],
      adjudicator: { id: "u2", name: "Rev, Iewer" },
      reasonCode: "annotator_error",
      comment: 'The other "value" was a typo\n(40,000)',
      decidedAt: "2026-11-20T09:00:00.000Z",
    },
    ...overrides,
  });
}

/** A whole export file of `records`, as the stream writes it. */
export function renderExport(
  format: ClaimExportFormat,
  records: ExportRecord[],
  filter: ExportFilter = { status: "approved" },
) {
  const w = formatWriter(format, { filter });
  return w.begin() + records.map((r) => w.record(r)).join("") + w.end();
}
