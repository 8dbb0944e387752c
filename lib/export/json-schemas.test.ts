import { beforeAll, describe, expect, it, vi } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { exportJsonSchema, isJsonLines, jsonExportFormats, type JsonExportFormat } from "./json-schemas";
import { renderExport, sampleGoldRecord, sampleRecord } from "./formats/sample-record";
import { articlesFormat } from "./formats/articles";
import type { ExportArticle } from "./records/read-export-articles";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const records = [
  sampleRecord(),
  sampleRecord({ id: "c2", verdict: "refuted", value: 3.5, authorType: null, statement: null }),
  sampleRecord({ id: "c3", verdict: "conflicting", evidence: [], reviewer: null, cluster: null }),
  sampleRecord({
    id: "c4",
    verdict: null,
    article: { id: "a2", title: "T", url: null, publisher: null, publishedAt: null },
  }),
  sampleGoldRecord(),
  sampleGoldRecord({
    id: "g2",
    provenance: {
      kind: "unanimous",
      action: "merge",
      sources: [
        { claimId: "c1", annotator: { id: "u1", name: "Ann O'Tator" } },
        { claimId: "c4", annotator: { id: "u3", name: "Third" } },
      ],
      adjudicator: null,
      reasonCode: null,
      comment: null,
      decidedAt: "2026-11-20T08:00:00.000Z",
    },
  }),
];
const article: ExportArticle = {
  id: "a1",
  title: "Syria",
  url: null,
  publisher: null,
  publishedAt: "2012-11-19T00:00:00.000Z",
  text: "Toll 😀 rises",
  textSha256: "0".repeat(64),
  schemaVersion: 1,
};

/** An export file of each JSON format, as the writers give it. */
function file(format: JsonExportFormat): string {
  if (format !== "articles") return renderExport(format, records);
  const w = articlesFormat();
  return w.begin() + [article, { ...article, id: "a2", url: "https://x.example/" }].map(w.record).join("") + w.end();
}

/** The documents a schema describes: each line of a JSON Lines file, else the whole file. */
const documents = (format: JsonExportFormat): unknown[] =>
  isJsonLines(format)
    ? file(format)
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
    : [JSON.parse(file(format))];

/** The first thing of a document a reader would take (a line, an array's first element, a page's first item). */
const breakIt: Record<JsonExportFormat, (doc: Record<string, unknown>) => unknown> = {
  jsonl: (d) => ({ ...d, value: "30000" }),
  fever: (d) => ({ ...d, id: "1" }),
  articles: (d) => ({ ...d, textSha256: "abc" }),
  averitec: (d) => [{ ...(d as unknown as Record<string, unknown>[])[0], label: "SUPPORTS" }],
  claimreview: (d) => [{ ...(d as unknown as Record<string, unknown>[])[0], url: "urn:claimbench:claim:c1" }],
  w3c: (d) => ({ ...d, total: -1 }),
};

describe("JSON Schemas of the JSON exports", () => {
  beforeAll(() => {
    vi.stubEnv("CLAIMREVIEW_URL_TEMPLATE", "https://factcheck.example.org/claims/{id}");
  });
  const validators = new Map(jsonExportFormats.map((f) => [f, ajv.compile(exportJsonSchema(f))]));

  for (const format of jsonExportFormats)
    it(`every ${format} export validates against its schema, and a broken one does not`, () => {
      const validate = validators.get(format)!;
      const docs = documents(format);
      expect(docs.length).toBeGreaterThan(0);
      for (const doc of docs) expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
      expect(validate(breakIt[format](docs[0] as Record<string, unknown>))).toBe(false);
    });
  it("jsonl and fever: a gold line carries its provenance, and the schema checks it", () => {
    for (const format of ["jsonl", "fever"] as const) {
      const validate = validators.get(format)!;
      const gold = (documents(format) as Record<string, unknown>[]).find(
        (l) => (l.layer ?? l.claimbench_layer) === "gold",
      )!;
      const provenance = (gold.provenance ?? gold.claimbench_provenance) as Record<string, unknown>;
      expect(provenance).toMatchObject({ kind: "adjudicated", action: "take", adjudicator: { id: "u2" } });
      const key = format === "jsonl" ? "provenance" : "claimbench_provenance";
      expect(validate({ ...gold, [key]: { ...provenance, kind: "guessed" } })).toBe(false);
      expect(validate({ ...gold, [key]: { ...provenance, reasonCode: "tired" } })).toBe(false);
      expect(validate({ ...gold, [key]: { ...provenance, sources: [{ claimId: "c1" }] } })).toBe(false);
    }
  });

  it("an empty W3C collection and an empty array validate too", () => {
    expect(validators.get("w3c")!(JSON.parse(renderExport("w3c", [])))).toBe(true);
    expect(validators.get("claimreview")!(JSON.parse(renderExport("claimreview", [])))).toBe(true);
    expect(validators.get("averitec")!(JSON.parse(renderExport("averitec", [])))).toBe(true);
  });

  it("jsonl: value is a number", () => {
    const validate = validators.get("jsonl")!;
    expect(validate({ ...(documents("jsonl")[0] as object), value: "30000" })).toBe(false);
    expect(exportJsonSchema("jsonl").properties?.value).toMatchObject({ type: ["number", "null"] });
  });
});
