import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha, quantile, relativeToleranceDistance, type AlphaMetric } from "./krippendorff-alpha";

/** α by the textbook formula, visiting every pair of values. */
function naiveAlpha(
  units: (string | number)[][],
  delta: (a: string | number, b: string | number) => number,
): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  if (n === 0) return null;
  let observed = 0;
  for (const unit of pairable) {
    let s = 0;
    for (let i = 0; i < unit.length; i++)
      for (let j = 0; j < unit.length; j++) if (i !== j) s += delta(unit[i], unit[j]);
    observed += s / (unit.length - 1);
  }
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) expected += delta(all[i], all[j]);
  if (expected === 0) return 1;
  return 1 - observed / n / (expected / (n * (n - 1)));
}

const nominal: AlphaMetric = { type: "nominal" };

describe("krippendorffAlpha", () => {
  it("gives Krippendorff's worked example (nominal, missing values): α = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the nominal example:
    // four observers, twelve units, missing values; α_nominal = 0.743.
    const table = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = table[0].map((_, u) => table.map((row) => row[u]).filter((v): v is number => v !== null));
    expect(krippendorffAlpha(units, nominal).value).toBeCloseTo(0.743, 3);
    // The same data on the interval metric: 0.849 in the same paper.
    expect(krippendorffAlpha(units, { type: "interval" }).value).toBeCloseTo(0.849, 3);
  });

  it("matches the textbook formula on random data, nominal and interval with and without tolerance", () => {
    const value = fc.oneof(
      fc.integer({ min: -50, max: 50 }),
      fc.constantFrom(0, 30000, 30500, -30000, 40000, 1, -1),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    );
    const units = fc.array(fc.array(value, { maxLength: 5 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(units, fc.constantFrom(0, 0.01, 0.05, 0.2), (data, tolerance) => {
        const interval = krippendorffAlpha(data, { type: "interval", tolerance }).value;
        const expected = naiveAlpha(data, (a, b) => relativeToleranceDistance(tolerance)(a as number, b as number));
        if (expected === null) expect(interval).toBeNull();
        else expect(interval!).toBeCloseTo(expected, 9);
        const labels = data.map((u) => u.map((v) => String(Math.round(Number(v)) % 4)));
        const nominalValue = krippendorffAlpha(labels, nominal).value;
        const nominalExpected = naiveAlpha(labels, (a, b) => (a === b ? 0 : 1));
        if (nominalExpected === null) expect(nominalValue).toBeNull();
        else expect(nominalValue!).toBeCloseTo(nominalExpected, 9);
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it("counts figures within the tolerance as agreeing: 30,000 against 30,500 at 5 %", () => {
    const close = relativeToleranceDistance(0.05);
    expect(close(30000, 30500)).toBe(0);
    expect(close(30000, 31500)).toBe(0); // 1,500 is 4.8 % of 31,500
    expect(close(30000, 40000)).toBeCloseTo((10000 - 2000) ** 2, 6); // only the excess counts
    expect(close(-100, 100)).toBeCloseTo((200 - 5) ** 2, 9);
    const units = [
      [30000, 30500],
      [40000, 40000],
      [12, 12],
      [250, 900],
    ];
    const strict = krippendorffAlpha(units, { type: "interval" }).value!;
    const tolerant = krippendorffAlpha(units, { type: "interval", tolerance: 0.05 }).value!;
    expect(tolerant).toBeGreaterThan(strict);
    expect(() => krippendorffAlpha(units, { type: "interval", tolerance: 1 })).toThrow(RangeError);
  });

  it("is null with nothing pairable, and 1 flagged as no variation when nothing varies", () => {
    expect(krippendorffAlpha([["a"], [], ["b"]], nominal)).toMatchObject({ value: null, pairableUnits: 0 });
    expect(
      krippendorffAlpha(
        [
          ["a", "a"],
          ["a", "a", "a"],
        ],
        nominal,
      ),
    ).toMatchObject({
      value: 1,
      noVariation: true,
      pairableUnits: 2,
      pairableValues: 5,
    });
  });

  it("refuses non-numbers on the interval metric", () => {
    expect(() => krippendorffAlpha([[1, "x"]], { type: "interval" })).toThrow(TypeError);
  });
});

describe("bootstrap interval", () => {
  const units = Array.from({ length: 60 }, (_, u) => [
    "k" + (u % 4),
    u % 5 === 0 ? "k9" : "k" + (u % 4),
    "k" + (u % 4),
  ]);

  it("is reproducible for a seed, differs for another, and brackets α", () => {
    const a = krippendorffAlpha(units, nominal, { seed: 7 });
    const b = krippendorffAlpha(units, nominal, { seed: 7 });
    const c = krippendorffAlpha(units, nominal, { seed: 8 });
    expect(a.interval).toEqual(b.interval);
    expect(a.interval).not.toEqual(c.interval);
    expect(a.interval!.lower).toBeLessThan(a.value!);
    expect(a.interval!.upper).toBeGreaterThan(a.value!);
    expect(a.interval).toMatchObject({ level: 0.95, samples: 1000 });
  });

  it("narrows as the data grow", () => {
    const small = krippendorffAlpha(units.slice(0, 20), nominal, { seed: 1 }).interval!;
    const large = krippendorffAlpha([...units, ...units, ...units, ...units], nominal, { seed: 1 }).interval!;
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it("works on the interval metric with a tolerance, and checks its options", () => {
    const values = Array.from({ length: 40 }, (_, u) => [1000 * u, 1000 * u + (u % 3) * 30, 1000 * u - (u % 7) * 90]);
    const r = krippendorffAlpha(values, { type: "interval", tolerance: 0.05 }, { seed: 3, samples: 200, level: 0.9 });
    expect(r.interval).toMatchObject({ samples: 200, level: 0.9 });
    expect(r.interval!.lower).toBeLessThanOrEqual(r.value!);
    expect(() => krippendorffAlpha(values, nominal, { seed: 1, samples: 0 })).toThrow(RangeError);
    expect(() => krippendorffAlpha(values, nominal, { seed: 1, level: 1 })).toThrow(RangeError);
  });

  it("quantile interpolates between order statistics", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([5], 0.975)).toBe(5);
  });
});
