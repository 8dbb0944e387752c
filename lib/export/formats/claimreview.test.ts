import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { claimReviewFormat, claimReviewOptionsFromEnv } from "./claimreview";
import { renderExport, sampleGoldRecord, sampleRecord } from "./sample-record";
import type { ExportRecord } from "@/lib/export/records/record";

const vocabulary = JSON.parse(readFileSync("test/fixtures/schemaorg/claimreview-vocabulary.json", "utf8")) as {
  types: Record<string, string[]>;
  properties: Record<string, { domainIncludes: string[]; rangeIncludes: string[] }>;
};

const options = { organisation: "Fact Desk", urlTemplate: "https://factcheck.example.org/{kind}/claims/{id}" };
function render(records: ExportRecord[]) {
  const w = claimReviewFormat(options);
  return JSON.parse(w.begin() + records.map((r) => w.record(r)).join("") + w.end());
}

/** A type and every type above it. */
function withSuperTypes(type: string): string[] {
  return [type, ...(vocabulary.types[type] ?? []).flatMap(withSuperTypes)];
}

/** Every use of a property on a node whose type does not allow it, or a typed value its range does not allow. */
function vocabularyProblems(node: Record<string, unknown>, path = "$"): string[] {
  const type = node["@type"] as string | undefined;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const property = vocabulary.properties[key];
    if (!property) {
      problems.push(`${path}.${key}: not in the extract (add it, then check it)`);
      continue;
    }
    if (type && !withSuperTypes(type).some((t) => property.domainIncludes.includes(t)))
      problems.push(`${path}.${key}: not a property of ${type}`);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const child = value as Record<string, unknown>;
      const childType = child["@type"] as string | undefined;
      if (childType && !withSuperTypes(childType).some((t) => property.rangeIncludes.includes(t)))
        problems.push(`${path}.${key}: a ${childType} is not in its range`);
      problems.push(...vocabularyProblems(child, `${path}.${key}`));
    }
  }
  return problems;
}

const records = [
  sampleRecord(),
  sampleRecord({
    id: "c2",
    verdict: "refuted",
    attributedTo: "Ministerium für Gesundheit",
    authorType: "organisation",
  }),
  sampleRecord({ id: "c3", verdict: null }),
  sampleRecord({ id: "c4", verdict: "not_enough_evidence", attributedTo: "Bashar al-Assad", authorType: "person" }),
  sampleRecord({ id: "c5", verdict: "conflicting", attributedTo: "a spokesman", authorType: null, statement: null }),
];
const reviews = render(records);

describe("claimreview export", () => {
  it("uses only schema.org terms where schema.org's vocabulary allows them", () => {
    for (const review of reviews) expect(vocabularyProblems(review)).toEqual([]);
    // The check can fail: a Rating has no ratingExplanation's cousin `reviewBody`, a Claim no `ratingValue`.
    expect(vocabularyProblems({ "@type": "Claim", ratingValue: 3 })).not.toEqual([]);
  });

  it("writes only claims with a verdict, each at its public URL from the template", () => {
    expect(reviews.map((r: { identifier: string }) => r.identifier)).toEqual(["c1", "c2", "c4", "c5"]);
    expect(reviews[0].url).toBe("https://factcheck.example.org/casualty/claims/c1");
    expect(JSON.parse(claimReviewFormat(options).begin() + "\n]\n")).toEqual([]);
  });

  it("rates on a 1 to 3 scale with the words beside it; not enough evidence has the words only", () => {
    expect(reviews[0].reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 3,
      bestRating: 3,
      worstRating: 1,
      name: "Supported",
      alternateName: "Supported",
      ratingExplanation: 'Matches SOHR, "30,000+"',
    });
    expect(reviews[1].reviewRating).toMatchObject({ ratingValue: 1, name: "Refuted" });
    expect(reviews[3].reviewRating).toMatchObject({ ratingValue: 2, name: "Conflicting evidence" });
    expect(reviews[2].reviewRating).not.toHaveProperty("ratingValue");
    expect(reviews[2].reviewRating.name).toBe("Not enough evidence");
  });

  it("reviews the statement (else the quote), with the article as first appearance", () => {
    expect(reviews[0].claimReviewed).toBe(records[0].statement);
    expect(reviews[3].claimReviewed).toBe("over 30,000 people dead");
    expect(reviews[0].itemReviewed.firstAppearance).toEqual(reviews[0].itemReviewed.appearance);
    expect(reviews[0].itemReviewed.firstAppearance).toMatchObject({
      "@type": "CreativeWork",
      url: "https://news.example/syria",
      datePublished: "2012-11-19T00:00:00.000Z",
    });
  });

  it("takes the claim author's type from the claim, whatever the name's language", () => {
    expect(reviews.map((r: { itemReviewed: { author?: unknown } }) => r.itemReviewed.author)).toEqual([
      { "@type": "Organization", name: "activists" },
      { "@type": "Organization", name: "Ministerium für Gesundheit" },
      { "@type": "Person", name: "Bashar al-Assad" },
      { name: "a spokesman" },
    ]);
  });

  it("refuses, by name of the setting, when there is no public URL template or it is not http(s) with {id}", () => {
    expect(() => claimReviewOptionsFromEnv({})).toThrow(/CLAIMREVIEW_URL_TEMPLATE/);
    expect(() => claimReviewOptionsFromEnv({ CLAIMREVIEW_URL_TEMPLATE: "urn:x:{id}" })).toThrow(/http\(s\)/);
    expect(() => claimReviewOptionsFromEnv({ CLAIMREVIEW_URL_TEMPLATE: "https://f.example/claims" })).toThrow(/\{id\}/);
    expect(claimReviewOptionsFromEnv({ CLAIMREVIEW_URL_TEMPLATE: "https://f.example/c/{id}" })).toEqual({
      organisation: "Claimbench",
      urlTemplate: "https://f.example/c/{id}",
    });
  });
});

describe("ClaimReview in a project with a gold layer", () => {
  const raw = sampleRecord({ id: "c1" });
  const gold = sampleGoldRecord({ id: "g1" });
  it("writes only gold claims there (layers set), and every claim with a verdict elsewhere", () => {
    vi.stubEnv("CLAIMREVIEW_URL_TEMPLATE", "https://factcheck.example.org/claims/{id}");
    const ids = (filter: Parameters<typeof renderExport>[2]) =>
      (JSON.parse(renderExport("claimreview", [raw, gold], filter)) as { identifier: string }[]).map(
        (r) => r.identifier,
      );
    expect(ids({ status: "approved", layers: "gold+raw" })).toEqual(["g1"]);
    expect(ids({ status: "approved", layers: "gold" })).toEqual(["g1"]);
    expect(ids({ status: "approved" })).toEqual(["c1", "g1"]);
  });
});
