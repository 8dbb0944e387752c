import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWeightMatching } from "./assignment";

/** The best total weight over every matching, by exhaustive search. */
function bruteForce(weights: number[][]): number {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0].length;
  const used = new Array<boolean>(cols).fill(false);
  const search = (r: number): number => {
    if (r === rows) return 0;
    let best = search(r + 1); // row r unmatched
    for (let c = 0; c < cols; c++) {
      if (used[c] || !(weights[r][c] > 0)) continue;
      used[c] = true;
      best = Math.max(best, weights[r][c] + search(r + 1));
      used[c] = false;
    }
    return best;
  };
  return search(0);
}

const total = (weights: number[][], match: number[]) =>
  match.reduce((sum, c, r) => (c >= 0 ? sum + weights[r][c] : sum), 0);

describe("maxWeightMatching", () => {
  it("finds the best total, not the greedy one", () => {
    // Greedy takes 0.9 (row 0 – col 0) and is left with nothing; the optimum pairs crosswise.
    const weights = [
      [0.9, 0.8],
      [0.7, 0],
    ];
    expect(maxWeightMatching(weights)).toEqual([1, 0]);
  });

  it("leaves a row unmatched rather than use a non-edge", () => {
    expect(maxWeightMatching([[0], [0.5]])).toEqual([-1, 0]);
    expect(maxWeightMatching([[0, 0, 0]])).toEqual([-1]);
    expect(maxWeightMatching([[-1, Number.NaN]])).toEqual([-1]);
  });

  it("handles empty and rectangular matrices both ways", () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([[], []])).toEqual([-1, -1]);
    expect(maxWeightMatching([[0.6], [0.9], [0.7]])).toEqual([-1, 0, -1]);
    expect(maxWeightMatching([[0.6, 0.9, 0.7]])).toEqual([1]);
  });

  it("refuses ragged matrices", () => {
    expect(() => maxWeightMatching([[1, 2], [1]])).toThrow(/differ in length/);
  });

  it("equals exhaustive search on random matrices, and is a matching", () => {
    const cell = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.constantFrom(0.5, 1));
    const matrix = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(matrix, (weights) => {
        const match = maxWeightMatching(weights);
        const cols = match.filter((c) => c >= 0);
        expect(new Set(cols).size).toBe(cols.length);
        match.forEach((c, r) => c >= 0 && expect(weights[r][c]).toBeGreaterThan(0));
        expect(total(weights, match)).toBeCloseTo(bruteForce(weights), 9);
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
