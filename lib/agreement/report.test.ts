import { describe, expect, it } from "vitest";
import { readCorpusFile } from "@/lib/seed/corpus";
import { AgreementQuery, filtersFromQuery } from "./filters";
import { buildAgreementReport } from "./report";
import { AGREEMENT_CSV_COLUMNS, reportToCsv } from "./report-csv";
import { testArticle, testClaim } from "@/test/support/agreement-claims";
import type { ArticleLayers } from "./types";

// Raw corpus text: the offsets only need to be consistent between the two layers here.
const clinton = readCorpusFile("004_4c6646da87a4e47d.txt");
const spanOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return [start, start + phrase.length] as const;
};

/**
 * The issue's scenario: the first annotator tags "over 30,000 people dead" as a casualty of
 * 30,000 and "more than 40,000 people"; the second tags the first with a wrong value and misses
 * the second.
 */
function clintonLayers(): ArticleLayers {
  const [s1, e1] = spanOf(clinton, "over 30,000 people dead");
  const [s2, e2] = spanOf(clinton, "more than 40,000 people");
  const casualty = { kind: "casualty", qualifier: "more_than", unit: "people" };
  return {
    ...testArticle(
      [
        testClaim("first-30k", "first", s1, e1, { ...casualty, value: 30000 }),
        testClaim("first-40k", "first", s2, e2, { ...casualty, value: 40000 }),
        testClaim("second-30k", "second", s1, e1, { ...casualty, value: 3000 }),
      ],
      ["first", "second"],
      "clinton",
    ),
    title: "Hillary Clinton Meets With Russia's Foreign Minister About Syria",
    completedAt: new Date("2024-05-10T12:00:00Z"),
  };
}

describe("buildAgreementReport on the Clinton article", () => {
  const report = buildAgreementReport({
    layers: [clintonLayers()],
    filters: { projectId: "p" },
    generatedAt: new Date("2024-06-01T00:00:00Z"),
  });

  it("aligns two units and counts the missed claim as a disagreement", () => {
    expect(report.totals).toEqual({ articles: 1, articlesSkipped: 0, annotators: 2, claims: 3, units: 2 });
    // Values: casualty, casualty | casualty, no claim → D_o = 2/4, D_e = (16 − 9 − 1)/12 = 1/2.
    expect(report.overall.finding).toMatchObject({ value: 0, units: 2, incomplete: 0, excluded: 0 });
    expect(report.overall.finding.observedAgreement).toBeCloseTo(0.5, 12);
  });

  it("measures the attributes over the unit both tagged", () => {
    expect(report.overall.kind).toMatchObject({ value: 1, noVariation: true, units: 1, excluded: 1 });
    expect(report.overall.value).toMatchObject({ measure: "alpha_interval", value: 0, units: 1, excluded: 1 });
    expect(report.overall.qualifier).toMatchObject({ value: 1, noVariation: true });
    expect(report.overall.verdict).toMatchObject({ value: null, units: 0, excluded: 2 });
  });

  it("gives span F1 and κ for the pair", () => {
    expect(report.pairs).toHaveLength(1);
    const pair = report.pairs[0];
    expect(pair).toMatchObject({ a: "first", b: "second", articles: 1 });
    expect(pair.spanF1Exact).toMatchObject({ matched: 1, claimsA: 2, claimsB: 1, precision: 1, recall: 0.5 });
    expect(pair.spanF1Exact.value).toBeCloseTo(2 / 3, 12);
    // Labels casualty/casualty, casualty/no claim: p_o = 1/2, p_e = 1 · 1/2 = 1/2 → κ = 0.
    expect(pair.kappaKindWithNone).toMatchObject({ value: 0, units: 2 });
    expect(pair.kappaKind).toMatchObject({ value: null, units: 1, excluded: 1, noVariation: true });
  });

  it("describes the annotators", () => {
    expect(report.annotators.map((a) => [a.annotatorId, a.label, a.claims, a.missed, a.alone])).toEqual([
      ["first", "Annotator 1", 2, 0, 1],
      ["second", "Annotator 2", 1, 1, 0],
    ]);
    // B's single claim was also made by A (precision 1); B found half of A's claims.
    expect(report.annotators[1].spanF1Exact).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it("gives every α a reproducible interval", () => {
    const again = buildAgreementReport({
      layers: [clintonLayers()],
      filters: { projectId: "p" },
      generatedAt: new Date("2024-06-01T00:00:00Z"),
    });
    expect(again).toEqual(report);
    expect(report.overall.finding.interval).toMatchObject({ level: 0.95, samples: 1000 });
  });

  it("lists the units with what differs, when asked", () => {
    const detailed = buildAgreementReport({
      layers: [clintonLayers()],
      filters: { projectId: "p" },
      includeUnits: true,
    });
    expect(detailed.units!.map((u) => u.differs)).toEqual([["value"], ["finding"]]);
    expect(detailed.units![1].claims).toMatchObject({ first: { id: "first-40k" }, second: null });
    const tolerant = buildAgreementReport({
      layers: [clintonLayers()],
      filters: { projectId: "p" },
      includeUnits: true,
      settings: { valueTolerance: 0.95 },
    });
    expect(tolerant.units![0].differs).toEqual([]);
  });
});

describe("filters", () => {
  const second: ArticleLayers = {
    ...testArticle(
      [
        testClaim("x1", "first", 0, 10, { kind: "quantity", value: 5 }),
        testClaim("y1", "second", 0, 10, { kind: "event" }),
        testClaim("z1", "third", 0, 9, { kind: "quantity", value: 5 }),
        testClaim("z2", "third", 40, 50, { kind: "quote" }),
      ],
      ["first", "second", "third"],
      "other",
    ),
    completedAt: new Date("2024-07-01T00:00:00Z"),
  };
  const layers = [clintonLayers(), second];

  it("keeps the units in which some annotator tagged the kind", () => {
    const report = buildAgreementReport({ layers, filters: { projectId: "p", kinds: ["quantity"] } });
    expect(report.totals.units).toBe(1);
    expect(report.articles.map((a) => a.units)).toEqual([0, 1]);
    // The kind α shows what quantity was confused with.
    expect(report.overall.kind).toMatchObject({ units: 1 });
    expect(report.overall.kind.observedAgreement).toBeCloseTo(1 / 3, 12);
    expect(report.kinds.map((k) => k.kind)).toEqual(["quantity"]);
  });

  it("reports per kind without a filter", () => {
    const report = buildAgreementReport({ layers, filters: { projectId: "p" }, settings: { bootstrapSamples: 0 } });
    expect(report.kinds.map((k) => [k.kind, k.units, k.claims])).toEqual([
      ["casualty", 2, 3],
      ["event", 1, 3],
      ["quantity", 1, 3],
      ["quote", 1, 1],
    ]);
  });

  it("restricts to a pair or a set of annotators, skipping articles left with one", () => {
    const report = buildAgreementReport({ layers, filters: { projectId: "p", annotatorIds: ["first", "third"] } });
    expect(report.totals).toMatchObject({ articles: 1, articlesSkipped: 1, annotators: 2 });
    expect(report.pairs.map((p) => [p.a, p.b])).toEqual([["first", "third"]]);
    expect(report.articles[0].annotatorIds).toEqual(["first", "third"]);
  });

  it("selects articles by id and by completion date (a bare day includes the whole day)", () => {
    const byId = buildAgreementReport({ layers, filters: { projectId: "p", articleIds: ["other"] } });
    expect(byId.articles.map((a) => a.articleId)).toEqual(["other"]);
    const query = AgreementQuery.parse({ from: "2024-05-01", to: "2024-05-10" });
    const byDate = buildAgreementReport({ layers, filters: filtersFromQuery("p", query) });
    expect(byDate.articles.map((a) => a.articleId)).toEqual(["clinton"]);
    expect(byDate.filters).toMatchObject({ from: "2024-05-01T00:00:00.000Z", to: "2024-05-10T23:59:59.999Z" });
  });

  it("pools three annotators' pairs per article", () => {
    const report = buildAgreementReport({
      layers: [second],
      filters: { projectId: "p" },
      settings: { bootstrapSamples: 0 },
    });
    expect(report.pairs).toHaveLength(3);
    expect(report.overall.fleissKindWithNone).toMatchObject({ raters: 3, units: 2 });
  });
});

describe("evidence stance", () => {
  it("compares links to the same target: a URL, or claims aligned in one unit", () => {
    const url = "https://example.org/report";
    const layers = testArticle([
      testClaim("a1", "a", 0, 10, { evidence: [{ targetClaimId: "a2", url: null, stance: "supports" }] }),
      testClaim("a2", "a", 20, 30, { evidence: [{ targetClaimId: null, url, stance: "refutes" }] }),
      testClaim("b1", "b", 0, 10, { evidence: [{ targetClaimId: "b2", url: null, stance: "refutes" }] }),
      testClaim("b2", "b", 20, 30, { evidence: [{ targetClaimId: null, url, stance: "refutes" }] }),
      testClaim("b3", "b", 60, 70, { evidence: [{ targetClaimId: null, url, stance: "context" }] }),
    ]);
    const report = buildAgreementReport({ layers: [layers], filters: { projectId: "p" }, includeUnits: true });
    // Items: (unit of a1/b1 → unit of a2/b2): supports vs refutes; (unit of a2/b2 → url): refutes ×2.
    // b3's link has no counterpart: excluded.
    expect(report.overall.stance).toMatchObject({ units: 2, incomplete: 0, excluded: 1 });
    expect(report.overall.stance.observedAgreement).toBeCloseTo(0.5, 12);
    expect(report.units!.map((u) => u.differs.includes("stance"))).toEqual([true, false, false]);
  });
});

describe("reportToCsv", () => {
  it("writes one row per figure with the header, and guards formula-like text", () => {
    const layers = { ...clintonLayers(), title: '=HYPERLINK("http://evil")' };
    const report = buildAgreementReport({ layers: [layers], filters: { projectId: "p" } });
    const csv = reportToCsv(report);
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(AGREEMENT_CSV_COLUMNS.join(","));
    expect(lines.every((l) => !l.includes("\n"))).toBe(true);
    const overall = lines.filter((l) => l.startsWith("overall,"));
    expect(overall.map((l) => l.split(",")[5])).toEqual([
      "finding",
      "kind",
      "qualifier",
      "unit",
      "value",
      "verdict",
      "stance",
      "fleiss_kind",
      "fleiss_kind_with_none",
      "span_f1_exact",
      "span_f1_overlap",
    ]);
    const finding = overall[0].split(",");
    expect(finding.slice(6, 11)).toEqual(["alpha_nominal", "0", "2", "0", "0"]);
    expect(Number(finding[11])).toBe(report.overall.finding.interval!.lower);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines.filter((l) => l.startsWith("pair,"))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith("article,"))).toHaveLength(11);
  });
});

describe("AgreementQuery", () => {
  const problems = (input: Record<string, string>) => {
    const r = AgreementQuery.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("parses lists, numbers and defaults", () => {
    expect(AgreementQuery.parse({ kind: "casualty, quantity,casualty", pair: "u1,u2", overlap: "0.6" })).toEqual({
      kind: ["casualty", "quantity"],
      pair: ["u1", "u2"],
      overlap: 0.6,
      format: "json",
    });
    expect(filtersFromQuery("p", AgreementQuery.parse({ annotators: "a,b,c" }))).toEqual({
      projectId: "p",
      annotatorIds: ["a", "b", "c"],
    });
  });

  it("says what is wrong", () => {
    expect(problems({ pair: "u1" })).toEqual(["pair: must name exactly two different annotators"]);
    expect(problems({ pair: "u1,u1" })).toEqual(["pair: must name exactly two different annotators"]);
    expect(problems({ pair: "a,b", annotators: "a,b" })).toEqual(["pair: give either pair or annotators, not both"]);
    expect(problems({ from: "2024-06-02", to: "2024-06-01" })).toEqual(["from: from must not be after to"]);
    expect(problems({ from: "yesterday" })[0]).toMatch(/^from: must be a day/);
    expect(problems({ overlap: "0" })).toEqual(["overlap: overlap must be greater than 0 and at most 1"]);
    expect(problems({ tolerance: "1" })).toEqual(["tolerance: tolerance must be at least 0 and below 1"]);
    expect(problems({ bootstrap: "20000" })).toEqual(["bootstrap: bootstrap must be at most 10000"]);
    expect(problems({ format: "xml" })).toEqual(['format: format must be "json" or "csv"']);
    expect(problems({ colour: "red" })[0]).toMatch(/colour/);
  });
});
