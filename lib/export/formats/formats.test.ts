import { beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { formatWriter } from "./writer-for";
import { csvColumns, csvLine } from "./csv";
import { claimExportFormats, ExportQuery, type ClaimExportFormat } from "@/lib/export/schema";
import { exportWhere } from "@/lib/export/records/where";
import { renderExport, sampleGoldRecord, sampleRecord } from "./sample-record";
import type { ExportRecord } from "@/lib/export/records/record";

function render(format: ClaimExportFormat, records: ExportRecord[]): string {
  const w = formatWriter(format);
  return w.begin() + records.map((r) => w.record(r)).join("") + w.end();
}

const two = [
  sampleRecord(),
  sampleRecord({
    id: "c2",
    verdict: "conflicting",
    justification: null,
    reviewer: null,
    cluster: null,
    evidence: [],
    article: { ...sampleRecord().article, url: null },
  }),
];

describe("export formats", () => {
  beforeAll(() => {
    vi.stubEnv("CLAIMREVIEW_URL_TEMPLATE", "https://factcheck.example.org/claims/{id}");
  });

  it("jsonl: one record per line, parsed back equal", () => {
    const text = render("jsonl", two);
    const lines = text.split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(two);
  });

  it("csv: a gold claim's provenance in its columns, empty on an annotator's own claim", () => {
    const rows = parse(render("csv", [sampleRecord(), sampleGoldRecord()]), {
      columns: true,
      record_delimiter: "\r\n",
    }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ layer: "annotation", provenance: "", adjudicator_id: "", source_claim_ids: "" });
    expect(rows[1]).toMatchObject({
      layer: "gold",
      provenance: "adjudicated",
      provenance_action: "take",
      source_claim_ids: "c1",
      source_annotator_ids: "u1",
      source_annotator_names: "Ann O'Tator",
      adjudicator_id: "u2",
      adjudicator_name: "Rev, Iewer",
      reason_code: "annotator_error",
      reason_comment: 'The other "value" was a typo\n(40,000)',
      decided_at: "2026-11-20T09:00:00.000Z",
    });
  });

  it("csv: RFC 4180 with CRLF, survives commas, quotes and newlines through a real parser", () => {
    const text = render("csv", two);
    expect(text.startsWith(`${csvColumns.join(",")}\r\n`)).toBe(true);
    const rows = parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: "c1",
      article_title: 'Syria, "the war"\nday 2',
      exact: "over 30,000 people dead",
      suffix: '"\nactivists — Ünïcödé',
      value: "30000",
      value_max: "",
      evidence_count: "3",
      supports: "2",
      refutes: "1",
      evidence_urls: "https://a.example/x https://b.example/y",
      evidence_claim_ids: "c0",
      annotator_name: "Ann O'Tator",
      reviewer_name: "Rev, Iewer",
      justification: 'Matches SOHR, "30,000+"',
    });
    expect(rows[1]).toMatchObject({
      id: "c2",
      evidence_count: "0",
      reviewer_id: "",
      cluster_name: "",
      article_url: "",
    });
  });

  it("csv: text cells that would start a formula get a leading quote; numbers such as -5 do not", () => {
    const risky = sampleRecord({
      article: { ...sampleRecord().article, title: "@SUM(A1:A9)" },
      span: {
        ...sampleRecord().span,
        exact: '=HYPERLINK("http://evil.example","x")',
        prefix: "\tindented",
        suffix: "\rtail",
      },
      attributedTo: "+cmd|' /C calc'!A0",
      justification: "-2 degrees, says the wire",
      value: -5,
      valueMax: -0.5,
    });
    const [row] = parse(render("csv", [risky]), { columns: true, record_delimiter: "\r\n" }) as Record<
      string,
      string
    >[];
    expect(row).toMatchObject({
      article_title: "'@SUM(A1:A9)",
      exact: `'=HYPERLINK("http://evil.example","x")`,
      prefix: "'\tindented",
      suffix: "'\rtail",
      attributed_to: "'+cmd|' /C calc'!A0",
      justification: "'-2 degrees, says the wire",
      value: "-5",
      value_max: "-0.5",
      start: "10",
    });
    // Plain text keeps its bytes.
    const plain = parse(render("csv", two), { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(plain[0].exact).toBe("over 30,000 people dead");
  });

  it("csv: the formula guard is undone by dropping one leading ' from every text cell that has one", () => {
    const text = fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "'", "\t", '"', ",", "a", "\uFF1D") });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        const [row] = parse(csvLine(cells), { record_delimiter: "\r\n", relax_column_count: true }) as string[][];
        expect(row.map((c) => (c.startsWith("'") ? c.slice(1) : c))).toEqual(cells);
      }),
      { numRuns: 1000 },
    );
  });

  it("csv: bom=1 starts the file with a UTF-8 byte-order mark, and only then", () => {
    expect(renderExport("csv", two, { status: "approved", bom: true }).startsWith("\uFEFFid,")).toBe(true);
    expect(render("csv", two).startsWith("id,")).toBe(true);
  });

  it("jsonl: value and valueMax always read as floats (30000.0), and parse back to the same numbers", () => {
    const line = render("jsonl", [sampleRecord({ value: 30000, valueMax: -2, qualifier: "range" })]);
    expect(line).toContain('"value":30000.0,');
    expect(line).toContain('"valueMax":-2.0,');
    expect(render("jsonl", [sampleRecord({ value: 3.5 })])).toContain('"value":3.5,');
    expect(render("jsonl", [sampleRecord({ value: null })])).toContain('"value":null,');
    expect(JSON.parse(line)).toEqual(sampleRecord({ value: 30000, valueMax: -2, qualifier: "range" }));
    // Text that looks like the key is left alone.
    const sly = sampleRecord({ value: 5, statement: 'x,"value":5,"y"', justification: '"valueMax":null' });
    expect(JSON.parse(render("jsonl", [sly]))).toEqual(sly);
  });

  it("csv: a line break alone (no comma or quote) is quoted too, so the row stays one row", () => {
    const broken = sampleRecord({
      article: { ...sampleRecord().article, title: "Syria\nday two" },
      justification: "first\rsecond",
    });
    const rows = parse(render("csv", [broken, sampleRecord({ id: "c2" })]), {
      columns: true,
      record_delimiter: "\r\n",
    }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(["c1", "c2"]);
    expect(rows[0]).toMatchObject({ article_title: "Syria\nday two", justification: "first\rsecond" });
  });

  it("csv: every line is what csv-stringify (RFC 4180, CRLF, quoted line breaks, escape_formulas) writes for the same cells", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", " ", "a", "é", "\uFF1D", "'"),
      }),
    );
    const cellArb = fc.oneof(text, fc.double({ noNaN: true }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 8 }), (cells) => {
        // Beyond csv-stringify: a cell that starts with ' gets one more (so the guard can be undone).
        const guarded = cells.map((c) => (c === null ? "" : typeof c === "string" && c.startsWith("'") ? `'${c}` : c));
        const reference = stringify([guarded], {
          record_delimiter: "windows",
          quote_record_delimiter: true,
          escape_formulas: true,
        });
        expect(csvLine(cells)).toBe(reference);
      }),
      { numRuns: 2000 },
    );
  });

  it("every format is a pure function of its records", () => {
    for (const f of claimExportFormats) expect(render(f, two)).toBe(render(f, structuredClone(two)));
  });
});

describe("export query", () => {
  it("defaults to approved claims and rejects an unknown format by name", () => {
    expect(ExportQuery.parse({ format: "csv" })).toEqual({ format: "csv", status: "approved" });
    const bad = ExportQuery.safeParse({ format: "xml" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(["format"]);
    expect(ExportQuery.safeParse({ format: "csv", from: "yesterday" }).success).toBe(false);
  });

  it("a bare `to` day covers the whole day", () => {
    const where = exportWhere(ExportQuery.parse({ format: "csv", from: "2026-01-01", to: "2026-01-31" }));
    expect(where.approvedAt).toEqual({ gte: new Date("2026-01-01T00:00:00Z"), lt: new Date("2026-02-01T00:00:00Z") });
    expect(exportWhere(ExportQuery.parse({ format: "csv", to: "2026-01-31T12:00:00Z" })).approvedAt).toEqual({
      lte: new Date("2026-01-31T12:00:00Z"),
    });
  });
});
