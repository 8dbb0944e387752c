import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { exportJsonSchema } from "./json-schemas";
import { renderExport, sampleGoldRecord, sampleRecord } from "./formats/sample-record";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const records = [
  sampleRecord(),
  sampleRecord({ id: "c2", verdict: "refuted", value: 3.5, authorType: null, statement: null }),
  sampleRecord({ id: "c3", verdict: "conflicting", evidence: [], reviewer: null, cluster: null }),
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
const lines = (format: "jsonl" | "fever") =>
  renderExport(format, records)
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

const validators = { jsonl: ajv.compile(exportJsonSchema("jsonl")), fever: ajv.compile(exportJsonSchema("fever")) };

describe("JSON Schemas of the JSON Lines exports", () => {
  for (const format of ["jsonl", "fever"] as const)
    it(`every ${format} line validates against its schema, and a broken one does not`, () => {
      const validate = validators[format];
      for (const line of lines(format)) expect(validate(line), ajv.errorsText(validate.errors)).toBe(true);
      expect(validate({ ...lines(format)[0], id: null })).toBe(false);
    });
  it("jsonl and fever: a gold line carries its provenance, and the schema checks it", () => {
    for (const format of ["jsonl", "fever"] as const) {
      const validate = validators[format];
      const gold = lines(format).find((l) => (l.layer ?? l.claimbench_layer) === "gold");
      const provenance = gold.provenance ?? gold.claimbench_provenance;
      expect(provenance).toMatchObject({ kind: "adjudicated", action: "take", adjudicator: { id: "u2" } });
      const key = format === "jsonl" ? "provenance" : "claimbench_provenance";
      expect(validate({ ...gold, [key]: { ...provenance, kind: "guessed" } })).toBe(false);
      expect(validate({ ...gold, [key]: { ...provenance, reasonCode: "tired" } })).toBe(false);
      expect(validate({ ...gold, [key]: { ...provenance, sources: [{ claimId: "c1" }] } })).toBe(false);
    }
  });
  it("jsonl: value is a number", () => {
    const validate = validators.jsonl;
    expect(validate({ ...lines("jsonl")[0], value: "30000" })).toBe(false);
  });
});
