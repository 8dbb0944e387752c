import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignClaims, EXACT_COMPONENT_LIMIT, spanOverlapRatio, type ArticleAlignment } from "./align-claims";
import { testArticle, testClaim } from "@/test/support/agreement-claims";
import type { AgreementClaim } from "./types";

const ids = (alignment: ArticleAlignment) =>
  alignment.units.map((u) =>
    Object.values(u.claims)
      .filter((c) => c !== null)
      .map((c) => c.id)
      .sort(),
  );

/** Every unit is a clique of candidates with one claim per annotator, and every claim is in one unit. */
function expectValid(alignment: ArticleAlignment, claims: AgreementClaim[], threshold: number) {
  const seen = new Set<string>();
  for (const unit of alignment.units) {
    expect(Object.keys(unit.claims).sort()).toEqual([...alignment.annotatorIds].sort());
    const members = Object.entries(unit.claims).filter(([, c]) => c !== null) as [string, AgreementClaim][];
    expect(members.length).toBeGreaterThan(0);
    for (const [annotator, claim] of members) {
      expect(claim.annotatorId).toBe(annotator);
      expect(seen.has(claim.id)).toBe(false);
      seen.add(claim.id);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        expect(spanOverlapRatio(members[i][1], members[j][1])).toBeGreaterThanOrEqual(threshold);
      }
    }
  }
  expect(seen.size).toBe(claims.length);
}

/** The best total weight over every partition into cliques, by exhaustive search. */
function bruteForceOptimum(claims: AgreementClaim[], threshold: number): number {
  const w = (a: AgreementClaim, b: AgreementClaim) => {
    if (a.annotatorId === b.annotatorId) return 0;
    const r = spanOverlapRatio(a, b);
    return r >= threshold ? r : 0;
  };
  const search = (rest: AgreementClaim[]): number => {
    if (rest.length === 0) return 0;
    const [first, ...others] = rest;
    let best = -Infinity;
    const extend = (unit: AgreementClaim[], from: number, weight: number) => {
      const remaining = others.filter((c) => !unit.includes(c));
      best = Math.max(best, weight + search(remaining));
      for (let k = from; k < others.length; k++) {
        const c = others[k];
        if (unit.some((m) => w(m, c) === 0)) continue;
        extend([...unit, c], k + 1, weight + unit.reduce((s, m) => s + w(m, c), 0));
      }
    };
    extend([first], 0, 0);
    return best;
  };
  return search(claims);
}

const totalWeight = (a: ArticleAlignment) => a.units.reduce((s, u) => s + u.weight, 0);

describe("spanOverlapRatio", () => {
  it("is overlap over union of half-open spans", () => {
    expect(spanOverlapRatio({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(spanOverlapRatio({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15, 12);
    expect(spanOverlapRatio({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    expect(spanOverlapRatio({ start: 2, end: 4 }, { start: 0, end: 10 })).toBeCloseTo(0.2, 12);
  });
});

describe("alignClaims", () => {
  it('records "no claim" for an annotator without a claim in a unit, and for one with no claims at all', () => {
    const alignment = alignClaims(
      testArticle(
        [testClaim("a1", "a", 0, 10), testClaim("b1", "b", 1, 10), testClaim("a2", "a", 50, 60)],
        ["a", "b", "c"],
      ),
    );
    expect(
      alignment.units.map((u) => ({ a: u.claims.a?.id ?? null, b: u.claims.b?.id ?? null, c: u.claims.c })),
    ).toEqual([
      { a: "a1", b: "b1", c: null },
      { a: "a2", b: null, c: null },
    ]);
    expect(alignment.units.map((u) => u.id)).toEqual(["article#0", "article#1"]);
    expect(alignment.units[0]).toMatchObject({ start: 0, end: 10 });
  });

  it("keeps apart claims below the threshold, and the threshold is a setting", () => {
    const claims = [testClaim("a1", "a", 0, 10), testClaim("b1", "b", 4, 14)]; // 6/14 ≈ 0.43
    expect(ids(alignClaims(testArticle(claims)))).toEqual([["a1"], ["b1"]]);
    expect(ids(alignClaims(testArticle(claims), { overlapThreshold: 0.4 }))).toEqual([["a1", "b1"]]);
    expect(() => alignClaims(testArticle(claims), { overlapThreshold: 0 })).toThrow(/\(0, 1\]/);
    expect(() => alignClaims(testArticle(claims), { overlapThreshold: 1.5 })).toThrow(/\(0, 1\]/);
  });

  it("takes the maximum-weight matching where first-come greedy would strand a claim", () => {
    // a1 overlaps b1 best, but b1 is a2's only candidate: the optimum pairs a1–b2 and a2–b1.
    const claims = [
      testClaim("a1", "a", 0, 20),
      testClaim("a2", "a", 8, 26),
      testClaim("b1", "b", 2, 22),
      testClaim("b2", "b", 0, 16),
    ];
    expect(ids(alignClaims(testArticle(claims))).sort()).toEqual([
      ["a1", "b2"],
      ["a2", "b1"],
    ]);
  });

  it("never puts two claims of one annotator in a unit, even on the same span", () => {
    const claims = [testClaim("a1", "a", 0, 10), testClaim("a2", "a", 0, 10), testClaim("b1", "b", 0, 10)];
    const alignment = alignClaims(testArticle(claims));
    expectValid(alignment, claims, 0.5);
    expect(alignment.units).toHaveLength(2);
  });

  it("requires every two claims of a unit to be candidates (three annotators)", () => {
    // b overlaps a and c enough, a and c do not overlap each other enough.
    const claims = [testClaim("a1", "a", 0, 10), testClaim("b1", "b", 2, 14), testClaim("c1", "c", 5, 16)];
    const alignment = alignClaims(testArticle(claims));
    expectValid(alignment, claims, 0.5);
    expect(alignment.units.length).toBe(2);
  });

  it("refuses inconsistent input", () => {
    expect(() => alignClaims(testArticle([testClaim("a1", "x", 0, 10)], ["a", "b"]))).toThrow(/not among/);
    expect(() => alignClaims(testArticle([testClaim("a1", "a", 5, 5)]))).toThrow(/non-empty/);
    expect(() => alignClaims(testArticle([testClaim("a1", "a", 0, 5), testClaim("a1", "b", 0, 5)]))).toThrow(/twice/);
    expect(() => alignClaims({ articleId: "x", annotatorIds: ["a", "a"], claims: [] })).toThrow(/listed twice/);
  });

  const randomArticle = (annotators: number, maxClaims: number, length: number) =>
    fc
      .array(
        fc.record({
          annotator: fc.integer({ min: 0, max: annotators - 1 }),
          start: fc.integer({ min: 0, max: length - 1 }),
          length: fc.integer({ min: 1, max: 12 }),
        }),
        { maxLength: maxClaims },
      )
      .map((raw) => raw.map((r, i) => testClaim(`c${i}`, `ann${r.annotator}`, r.start, r.start + r.length)));

  it("is optimal (exhaustive search) and valid for three and four annotators", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 4 }).chain((n) => fc.tuple(fc.constant(n), randomArticle(n, 9, 30))),
        ([n, claims]) => {
          const annotators = Array.from({ length: n }, (_, i) => `ann${i}`);
          const alignment = alignClaims(testArticle(claims, annotators));
          expectValid(alignment, claims, 0.5);
          expect(totalWeight(alignment)).toBeCloseTo(bruteForceOptimum(claims, 0.5), 9);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("is optimal for two annotators whatever the component size", () => {
    fc.assert(
      fc.property(randomArticle(2, 12, 25), (claims) => {
        const alignment = alignClaims(testArticle(claims, ["ann0", "ann1"]));
        expectValid(alignment, claims, 0.5);
        expect(totalWeight(alignment)).toBeCloseTo(bruteForceOptimum(claims, 0.5), 9);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("gives the same units whatever order the claims come in", () => {
    fc.assert(
      fc.property(
        randomArticle(3, 15, 40).chain((claims) =>
          fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length })),
        ),
        ([claims, shuffled]) => {
          const annotators = ["ann0", "ann1", "ann2"];
          expect(ids(alignClaims(testArticle(shuffled, annotators)))).toEqual(
            ids(alignClaims(testArticle(claims, annotators))),
          );
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it("aligns a component too large for the exact search by successive matchings, still valid", () => {
    // Three annotators stacking seven near-identical claims each: one component of 21 claims.
    const claims: AgreementClaim[] = [];
    for (const a of ["a", "b", "c"]) {
      for (let k = 0; k < 7; k++) claims.push(testClaim(`${a}${k}`, a, k, 40 + k + (a === "b" ? 1 : 0)));
    }
    expect(claims.length).toBeGreaterThan(EXACT_COMPONENT_LIMIT);
    const alignment = alignClaims(testArticle(claims));
    expectValid(alignment, claims, 0.5);
    expect(new Set(alignment.units.map((u) => u.method))).toEqual(new Set(["successive"]));
    // Stacked claims of equal length pair up by position: seven full units.
    expect(alignment.units).toHaveLength(7);
    expect(alignment.units.every((u) => Object.values(u.claims).every((c) => c !== null))).toBe(true);
  });

  it("says how each unit was aligned", () => {
    const alignment = alignClaims(
      testArticle([
        testClaim("a1", "a", 0, 10),
        testClaim("b1", "b", 0, 10),
        testClaim("a2", "a", 100, 110),
        testClaim("b2", "b", 100, 110),
        testClaim("c2", "c", 101, 110),
        testClaim("c3", "c", 200, 210),
      ]),
    );
    expect(alignment.units.map((u) => u.method)).toEqual(["matching", "exact", "single"]);
  });
});
