import { describe, expect, it } from "vitest";
import { exportJsonSchema } from "@/lib/export/json-schemas";
import { featureOf, recordFeatures } from "./hf-features";
import { datasetCard, sizeCategory } from "./dataset-card";
import { buildAgreementReport } from "@/lib/agreement/report";
import { testArticle, testClaim } from "@/test/support/agreement-claims";

describe("dataset card", () => {
  it("takes Hugging Face's size category of the claim count", () => {
    expect([0, 999, 1000, 9_999, 10_000, 250_000, 5_000_000].map(sizeCategory)).toEqual([
      "n<1K",
      "n<1K",
      "1K<n<10K",
      "1K<n<10K",
      "10K<n<100K",
      "100K<n<1M",
      "1M<n<10M",
    ]);
  });

  it("types every field from the JSON Schema: nullable scalars, structs, a list of the union of evidence keys", () => {
    const fields = recordFeatures(exportJsonSchema("jsonl") as never);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.id).toEqual({ name: "id", dtype: "string" });
    expect(byName.value).toEqual({ name: "value", dtype: "float64" });
    expect(byName.schemaVersion).toEqual({ name: "schemaVersion", dtype: "int64" });
    expect(byName.span).toMatchObject({ struct: expect.arrayContaining([{ name: "start", dtype: "int64" }]) });
    expect(byName.reviewer).toEqual({
      name: "reviewer",
      struct: [
        { name: "id", dtype: "string" },
        { name: "name", dtype: "string" },
      ],
    });
    const evidence = byName.evidence as { list: { name: string }[] };
    expect(evidence.list.map((f) => f.name)).toEqual([
      "type",
      "stance",
      "targetClaimId",
      "quote",
      "url",
      "title",
      "publisher",
      "accessedAt",
    ]);
    expect(featureOf({ type: "array", items: { type: "string" } })).toEqual({ sequence: "string" });
  });

  it("writes the licence as Hugging Face spells it: an identifier in lower case, words as other, none as unknown", () => {
    const card = (licence: string) =>
      datasetCard({
        info: {
          project: { id: "p", name: 'The "toll" set', description: "", licence },
          guidelines: null,
          agreement: null,
          languages: ["en"],
          url: null,
          publisher: "Claimbench",
        },
        filter: { status: "approved" },
        stats: { claims: 0, articles: 0, verdicts: {}, kinds: {}, latest: "" },
        files: [],
      });
    expect(card("CC-BY-4.0")).toMatch(/^---\nlicense: cc-by-4.0\nlanguage:\n- en\n/);
    expect(card("Free for research")).toMatch(/^---\nlicense: other\nlicense_name: "Free for research"\n/);
    expect(card("")).toMatch(/^---\nlicense: unknown\n/);
    expect(card("")).toContain('pretty_name: "The \\"toll\\" set"');
  });
});

describe("dataset card's agreement section", () => {
  it("gives the report's overall figures when the project has one, and nothing when not", () => {
    const agreement = buildAgreementReport({
      layers: [
        testArticle([
          testClaim("a1", "u1", 0, 10, { verdict: "supported" }),
          testClaim("b1", "u2", 0, 10, { verdict: "supported" }),
        ]),
      ],
      filters: { projectId: "p" },
      settings: { bootstrapSamples: 0 },
    });
    const card = (withAgreement: boolean) =>
      datasetCard({
        info: {
          project: { id: "p", name: "P", description: "", licence: "" },
          guidelines: { version: 3, markdown: "# G" },
          agreement: withAgreement ? agreement : null,
          languages: [],
          url: null,
          publisher: "Claimbench",
        },
        filter: { status: "approved" },
        stats: { claims: 2, articles: 1, verdicts: { supported: 2 }, kinds: { casualty: 2 }, latest: "" },
        files: [],
      });
    expect(card(true)).toContain("## Agreement\n\nMeasured on 1 articles annotated independently by 2 annotators");
    expect(card(true)).toMatch(/\| Finding claims \(kind or none\), Krippendorff's α \| [-0-9.—]+ \| \d+ \|/);
    expect(card(true)).toContain("Version 3 of the project's guidelines is `guidelines.md`.");
    expect(card(false)).not.toContain("## Agreement");
    expect(card(false)).not.toContain("language:");
  });
});
