import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { exportJsonSchema } from "./json-schemas";
import { renderExport, sampleRecord } from "./formats/sample-record";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const records = [
  sampleRecord(),
  sampleRecord({ id: "c2", verdict: "refuted", value: 3.5, authorType: null, statement: null }),
  sampleRecord({ id: "c3", verdict: "conflicting", evidence: [], reviewer: null, cluster: null }),
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
  it("jsonl: value is a number", () => {
    const validate = validators.jsonl;
    expect(validate({ ...lines("jsonl")[0], value: "30000" })).toBe(false);
  });
});
