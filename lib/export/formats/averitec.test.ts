import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import { averitecFormat } from "./averitec";
import { factCheckUrlFromEnv } from "./claimreview";
import { renderExport, sampleRecord } from "./sample-record";
import { exportJsonSchema } from "@/lib/export/json-schemas";
import type { ExportRecord } from "@/lib/export/records/record";

const records: ExportRecord[] = [
  sampleRecord(),
  sampleRecord({ id: "c2", verdict: "refuted", kind: "quote", statement: null, attributedTo: null }),
  sampleRecord({ id: "c3", verdict: "conflicting", evidence: [], kind: "other", justification: null }),
  sampleRecord({ id: "c4", verdict: null }),
  sampleRecord({
    id: "c5",
    verdict: "not_enough_evidence",
    article: { id: "a2", title: "T", url: null, publisher: null, publishedAt: null },
  }),
];
const text = renderExport("averitec", records);
const file = JSON.parse(text) as Record<string, unknown>[];

describe("averitec export", () => {
  it("is a JSON array with one record per claim with a verdict, one per line, in AVeriTeC's labels", () => {
    expect(text.split("\n")).toHaveLength(file.length + 3); // "[", one line each, "]", and the final newline
    expect(file.map((r) => [r.claim_id, r.label])).toEqual([
      ["c1", "Supported"],
      ["c2", "Refuted"],
      ["c3", "Conflicting Evidence/Cherrypicking"],
      ["c5", "Not Enough Evidence"],
    ]);
    expect(renderExport("averitec", [])).toBe("[\n]\n");
  });

  it("keeps the dataset's keys in its order and maps the claim's fields onto them", () => {
    const [c1, c2, c3, c5] = file;
    expect(Object.keys(c1)).toEqual([
      "claim",
      "required_reannotation",
      "label",
      "justification",
      "claim_date",
      "speaker",
      "original_claim_url",
      "fact_checking_article",
      "reporting_source",
      "location_ISO_code",
      "claim_types",
      "fact_checking_strategies",
      "questions",
      "claim_id",
    ]);
    expect(c1).toMatchObject({
      claim: records[0].statement,
      required_reannotation: false,
      justification: 'Matches SOHR, "30,000+"',
      claim_date: "19-11-2012",
      speaker: "activists",
      original_claim_url: "https://news.example/syria",
      fact_checking_article: null,
      reporting_source: "AFP",
      location_ISO_code: null,
      claim_types: ["Numerical Claim"],
      fact_checking_strategies: ["Written Evidence"],
    });
    expect(c2).toMatchObject({ claim: "over 30,000 people dead", speaker: null, claim_types: ["Quote Verification"] });
    expect(c3).toMatchObject({ justification: "", claim_types: [], fact_checking_strategies: [] });
    expect(c5).toMatchObject({ claim_date: null, original_claim_url: null, reporting_source: null });
  });

  it("writes each piece of evidence as a question with one answer, and no evidence as AVeriTeC's unanswerable one", () => {
    expect(file[0].questions).toEqual([
      {
        question: "",
        answers: [
          {
            answer: "30,000 killed",
            answer_type: "Extractive",
            source_url: "urn:claimbench:claim:c0",
            source_medium: "Other",
            claimbench_stance: "supports",
          },
        ],
      },
      {
        question: "",
        answers: [
          {
            answer: "q",
            answer_type: "Extractive",
            source_url: "https://a.example/x",
            source_medium: "Web text",
            claimbench_stance: "refutes",
          },
        ],
      },
      {
        question: "",
        answers: [
          {
            answer: "https://b.example/y",
            answer_type: "Abstractive",
            source_url: "https://b.example/y",
            source_medium: "Web text",
            claimbench_stance: "supports",
          },
        ],
      },
    ]);
    expect(file[2].questions).toEqual([
      {
        question: "",
        answers: [
          { answer: "No answer could be found.", answer_type: "Unanswerable", source_url: "", source_medium: "" },
        ],
      },
    ]);
  });

  it("names the public fact-check page when CLAIMREVIEW_URL_TEMPLATE is set, null when it is not usable", () => {
    const url = factCheckUrlFromEnv({ CLAIMREVIEW_URL_TEMPLATE: "https://fc.example/c/{id}" });
    const w = averitecFormat(url);
    expect(JSON.parse(w.begin() + w.record(records[0]) + w.end())[0].fact_checking_article).toBe(
      "https://fc.example/c/c1",
    );
    expect(factCheckUrlFromEnv({ CLAIMREVIEW_URL_TEMPLATE: "ftp://x/{id}" })(records[0])).toBeNull();
    expect(factCheckUrlFromEnv({})(records[0])).toBeNull();
  });

  it("in a project with a gold layer writes only its gold claims", () => {
    const w = averitecFormat(undefined, { goldOnly: true });
    const out = JSON.parse(w.begin() + w.record(records[0]) + w.record({ ...records[1], layer: "gold" }) + w.end()) as {
      claim_id: string;
    }[];
    expect(out.map((r) => r.claim_id)).toEqual(["c2"]);
  });

  it("validates against its JSON Schema, and a record with another label does not", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(exportJsonSchema("averitec"));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...file[0], label: "SUPPORTS" }])).toBe(false);
    expect(validate([{ ...file[0], questions: [] }])).toBe(false);
  });
});
