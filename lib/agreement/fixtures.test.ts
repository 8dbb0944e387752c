/**
 * Our coefficients against independent implementations (NLTK, scikit-learn, statsmodels, scipy):
 * the expected values were computed by scripts/agreement-fixtures.py and committed in
 * ./fixtures, so this test needs no Python. Each fixture file says what it compared.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignClaims } from "./align-claims";
import type { Coefficient } from "./coefficient";
import { cohenKappa } from "./cohen-kappa";
import { fleissKappa } from "./fleiss-kappa";
import { krippendorffAlpha, type AlphaMetric } from "./krippendorff-alpha";
import { buildAgreementReport } from "./report";
import type { ArticleLayers } from "./types";

const TOLERANCE = 1e-9;

interface FixtureFile<D> {
  reference: string;
  compared: string;
  datasets: D[];
}

function load<D>(name: string): FixtureFile<D> {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8")) as FixtureFile<D>;
}

type Triple = [string, string, string | number];

/** NLTK's (coder, item, label) triples grouped by item, as our units. */
function unitsOf(triples: Triple[]): (string | number)[][] {
  const units = new Map<string, (string | number)[]>();
  for (const [, item, label] of triples) {
    const unit = units.get(item);
    if (unit) unit.push(label);
    else units.set(item, [label]);
  }
  return [...units.values()];
}

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(TOLERANCE);
};

describe.each([
  ["alpha-nominal.json", () => ({ type: "nominal" }) as AlphaMetric],
  ["alpha-interval.json", () => ({ type: "interval" }) as AlphaMetric],
  [
    "alpha-interval-tolerance.json",
    (d: { tolerance?: number }) => ({ type: "interval", tolerance: d.tolerance }) as AlphaMetric,
  ],
] as const)("Krippendorff's α against NLTK (%s)", (file, metricOf) => {
  const fixture = load<{ name: string; triples: Triple[]; tolerance?: number; expected: number }>(file);
  it(`has at least twenty data sets (${fixture.reference})`, () => {
    expect(fixture.datasets.length).toBeGreaterThanOrEqual(20);
  });
  it.each(fixture.datasets.map((d) => [d.name, d] as const))("%s", (_, d) => {
    close(krippendorffAlpha(unitsOf(d.triples), metricOf(d)).value, d.expected);
  });
});

describe("Cohen's κ against scikit-learn", () => {
  const fixture = load<{ name: string; a: string[]; b: string[]; expected: number }>("cohen-kappa.json");
  it("has at least twenty data sets", () => expect(fixture.datasets.length).toBeGreaterThanOrEqual(20));
  it.each(fixture.datasets.map((d) => [d.name, d] as const))("%s", (_, d) => {
    close(cohenKappa(d.a, d.b).value, d.expected);
  });
});

describe("Fleiss' κ against statsmodels", () => {
  const fixture = load<{ name: string; items: string[][]; expected: number }>("fleiss-kappa.json");
  it("has at least twenty data sets", () => expect(fixture.datasets.length).toBeGreaterThanOrEqual(20));
  it.each(fixture.datasets.map((d) => [d.name, d] as const))("%s", (_, d) => {
    close(fleissKappa(d.items).value, d.expected);
  });
});

interface ExpectedAlpha {
  value: number;
  units: number;
  incomplete: number;
  excluded: number;
}

interface AlignmentDataset {
  name: string;
  overlapThreshold: number;
  valueTolerance: number;
  articles: ArticleLayers[];
  alignment: { articleId: string; totalWeight: number; units: string[][] }[];
  expected: Record<"finding" | "kind" | "qualifier" | "unit" | "value" | "verdict" | "stance", ExpectedAlpha | null> & {
    fleissKind: { value: number; units: number; raters: number } | null;
  };
  pairs: {
    a: string;
    b: string;
    spanF1Exact: number | null;
    spanF1Overlap: number | null;
    kappaKindWithNone: number | null;
  }[];
}

function expectAlpha(actual: Coefficient, expected: ExpectedAlpha | null) {
  if (expected === null) {
    expect(actual.value).toBeNull();
    return;
  }
  close(actual.value, expected.value);
  expect({ units: actual.units, incomplete: actual.incomplete, excluded: actual.excluded }).toEqual({
    units: expected.units,
    incomplete: expected.incomplete,
    excluded: expected.excluded,
  });
}

describe.each(["alignment-two.json", "alignment-three.json"])("alignment and measures (%s)", (file) => {
  const fixture = load<AlignmentDataset>(file);
  it(`has at least twenty data sets (${fixture.reference})`, () => {
    expect(fixture.datasets.length).toBeGreaterThanOrEqual(20);
  });
  it.each(fixture.datasets.map((d) => [d.name, d] as const))("%s", (_, d) => {
    d.alignment.forEach((expected, i) => {
      const { units } = alignClaims(d.articles[i], { overlapThreshold: d.overlapThreshold });
      const total = units.reduce((sum, u) => sum + u.weight, 0);
      expect(Math.abs(total - expected.totalWeight)).toBeLessThanOrEqual(TOLERANCE);
      const ours = units
        .map((u) =>
          Object.values(u.claims)
            .filter((c) => c !== null)
            .map((c) => c.id)
            .sort(),
        )
        .sort();
      expect(ours).toEqual(expected.units);
    });

    const report = buildAgreementReport({
      layers: d.articles,
      filters: { projectId: "fixture" },
      settings: { overlapThreshold: d.overlapThreshold, valueTolerance: d.valueTolerance, bootstrapSamples: 0 },
    });
    for (const measure of ["finding", "kind", "qualifier", "unit", "value", "verdict", "stance"] as const) {
      expectAlpha(report.overall[measure], d.expected[measure]);
    }
    const fleiss = d.expected.fleissKind;
    if (fleiss === null) expect(report.overall.fleissKind.value).toBeNull();
    else {
      close(report.overall.fleissKind.value, fleiss.value);
      expect(report.overall.fleissKind.units).toBe(fleiss.units);
      expect(report.overall.fleissKind.raters).toBe(fleiss.raters);
    }
    for (const expected of d.pairs) {
      const pair = report.pairs.find((p) => p.a === expected.a && p.b === expected.b)!;
      expect(pair).toBeDefined();
      for (const [actual, want] of [
        [pair.spanF1Exact.value, expected.spanF1Exact],
        [pair.spanF1Overlap.value, expected.spanF1Overlap],
        [pair.kappaKindWithNone.value, expected.kappaKindWithNone],
      ] as const) {
        if (want === null) expect(actual).toBeNull();
        else close(actual, want);
      }
    }
  });
});
