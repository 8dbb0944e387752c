import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { mulberry32 } from "./prng";
import { binomial, logFactorial, multinomialCounts } from "./sampling";

describe("logFactorial", () => {
  it("is ln(k!) to 1e-12 relative, across the table and Stirling's series", () => {
    let exact = 0;
    for (let k = 1; k <= 5000; k++) {
      exact += Math.log(k);
      expect(Math.abs(logFactorial(k) - exact) / Math.max(1, exact)).toBeLessThan(1e-12);
    }
    expect(logFactorial(0)).toBe(0);
  });
});

/** Exact Binomial(n, p) probabilities. */
function pmf(n: number, p: number): number[] {
  return Array.from({ length: n + 1 }, (_, k) =>
    Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log(1 - p)),
  );
}

describe("binomial", () => {
  it.each([
    [20, 0.3],
    [40, 0.5],
    [60, 0.9],
    [200, 0.02],
    [1000, 0.4],
  ])("Binomial(%i, %f) draws follow the distribution (chi-square)", (n, p) => {
    const random = mulberry32(n * 1000 + Math.round(p * 100));
    const draws = 20_000;
    const observed = new Array<number>(n + 1).fill(0);
    let outside = 0;
    for (let i = 0; i < draws; i++) {
      const k = binomial(random, n, p);
      if (Number.isInteger(k) && k >= 0 && k <= n) observed[k]++;
      else outside++;
    }
    expect(outside).toBe(0);
    // Pool the tails so every cell expects at least 20 draws.
    const expected = pmf(n, p).map((q) => q * draws);
    let chi = 0;
    let cells = 0;
    let pooledObserved = 0;
    let pooledExpected = 0;
    for (let k = 0; k <= n; k++) {
      pooledObserved += observed[k];
      pooledExpected += expected[k];
      if (pooledExpected >= 20 || k === n) {
        chi += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
        cells++;
        pooledObserved = 0;
        pooledExpected = 0;
      }
    }
    // Far beyond the 99.9th percentile of χ² with `cells − 1` degrees of freedom only on a bug.
    expect(chi).toBeLessThan(cells - 1 + 6 * Math.sqrt(2 * (cells - 1)) + 10);
  });

  it("has the right mean and variance for large n", () => {
    const random = mulberry32(11);
    const n = 250_000;
    const p = 0.013;
    const draws = 4000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < draws; i++) {
      const k = binomial(random, n, p);
      sum += k;
      squares += k * k;
    }
    const mean = sum / draws;
    const variance = squares / draws - mean * mean;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(draws));
    expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(0.1);
  });

  it("handles the edges", () => {
    const random = mulberry32(1);
    expect(binomial(random, 0, 0.5)).toBe(0);
    expect(binomial(random, 10, 0)).toBe(0);
    expect(binomial(random, 10, 1)).toBe(10);
  });
});

describe("multinomialCounts", () => {
  it("draws n in all, each group in proportion to its size", () => {
    const random = mulberry32(5);
    const sizes = Float64Array.from([500, 30, 1, 200, 269]);
    const out = new Float64Array(sizes.length);
    const totals = new Float64Array(sizes.length);
    const rounds = 3000;
    for (let r = 0; r < rounds; r++) {
      multinomialCounts(random, 1000, sizes, out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(1000);
      out.forEach((k, g) => (totals[g] += k));
    }
    sizes.forEach((size, g) => {
      const p = size / 1000;
      const sd = Math.sqrt(1000 * p * (1 - p));
      expect(Math.abs(totals[g] / rounds - 1000 * p)).toBeLessThan((5 * sd) / Math.sqrt(rounds) + 1e-9);
    });
  });
});

describe("bootstrap draws", () => {
  it("gives the same interval, within Monte Carlo error, drawn by unit or by group", () => {
    // 2,000 units of a dozen distinct shapes: the default draws by group.
    const shapes = [
      ["a", "a", "a"],
      ["a", "a", "b"],
      ["b", "b", "b"],
      ["b", "c", "b"],
      ["c", "c", "c"],
      ["a", "c"],
      ["d", "d", "d"],
      ["d", "a", "d"],
      ["c", "c"],
      ["a", "b", "c"],
      ["b", "b"],
      ["d", "d"],
    ];
    const units = Array.from({ length: 2000 }, (_, i) => shapes[(i * 7) % shapes.length]);
    const options = { seed: 3, samples: 4000 };
    const byUnit = krippendorffAlpha(units, { type: "nominal" }, { ...options, draw: "units" }).interval!;
    const byGroup = krippendorffAlpha(units, { type: "nominal" }, { ...options, draw: "groups" }).interval!;
    const width = byUnit.upper - byUnit.lower;
    expect(Math.abs(byUnit.lower - byGroup.lower)).toBeLessThan(0.1 * width);
    expect(Math.abs(byUnit.upper - byGroup.upper)).toBeLessThan(0.1 * width);
    expect(krippendorffAlpha(units, { type: "nominal" }, options).interval).toEqual(byGroup);
  });
});
