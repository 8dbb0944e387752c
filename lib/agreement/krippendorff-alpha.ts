/**
 * Krippendorff's α over reliability data given as units, each with the values its coders gave
 * (a coder without a value is simply absent from the unit):
 *
 *   α = 1 − D_o / D_e
 *   D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ(v_i, v_j)      (observed, within units)
 *   D_e = 1/(n(n − 1)) Σ_{i≠j} δ(v_i, v_j)                     (expected, over all values)
 *
 * where m_u is the number of values in unit u, only units with m_u ≥ 2 ("pairable") take part,
 * and n is the number of pairable values. This is Krippendorff's definition with missing values,
 * and what NLTK's `AnnotationTask.alpha` computes (it drops units with fewer than two labels the
 * same way); the fixtures hold us to it.
 *
 * Metrics δ:
 * - nominal: 0 for equal values, 1 otherwise;
 * - interval: (a − b)²;
 * - interval with a relative tolerance t: max(0, |a − b| − t·max(|a|, |b|))². Two figures within
 *   t of the larger one agree outright (30,000 and 30,500 at t = 0.05), and beyond it only the
 *   excess counts, so δ grows continuously from the edge of the tolerance instead of jumping
 *   from 0 to the full squared difference. The same δ enters D_o and D_e, so α keeps its
 *   meaning (1 − observed/expected disagreement under this δ); t = 0 is the interval metric.
 *
 * When every pairable value pair has δ = 0 (no variation at all), D_e = D_o = 0 and α is 0/0;
 * we report 1 with `noVariation: true` (NLTK returns 1 when there is only one label).
 *
 * The expected disagreement is computed without visiting every pair of values: nominal from the
 * category totals (n² − Σ n_c²); interval from the values sorted once, each value b "owning" the
 * pairs with values of smaller magnitude, which with a tolerance contribute (a − b(1 − t))² exactly
 * for a in one interval of the sorted order (see `expectedIntervalSum`). Prefix sums over that
 * order give each b's share in O(1), so one evaluation is O(n) — which is what lets the bootstrap
 * redo it a thousand times on tens of thousands of values.
 */
import { mulberry32 } from "./prng";
import { multinomialCounts } from "./sampling";

/** Units per group from which a resample is drawn group by group (see `bootstrapInterval`). */
const MULTINOMIAL_UNITS_PER_GROUP = 16;

export type AlphaMetric = { type: "nominal" } | { type: "interval"; tolerance?: number };

/** Per unit, the values its coders gave. */
export type ReliabilityData<V> = readonly (readonly V[])[];

export interface AlphaResult {
  /** α, or null when no unit has two values. */
  value: number | null;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  /** Units with at least two values: those α rests on. */
  pairableUnits: number;
  /** Values in those units. */
  pairableValues: number;
  noVariation: boolean;
}

export interface AlphaInterval {
  lower: number;
  upper: number;
  level: number;
  samples: number;
}

/**
 * Pairable units reduced to what α and its bootstrap need. Units with the same values (the same
 * multiset) are one group: α depends on the data only through how many units of each group there
 * are, so a resample is a count per group, and evaluating it costs one pass over the groups —
 * with a few annotators and categories there are a few dozen groups however many units.
 */
interface Prepared {
  units: number;
  groups: number;
  /** Group of each pairable unit (what a bootstrap draw maps to). */
  groupOf: Int32Array;
  /** Units per group in the data. */
  groupSize: Float64Array;
  /** Values per unit of the group. */
  counts: Float64Array;
  /** Per unit of the group: Σ_{i≠j} δ(v_i, v_j) / (m_u − 1). */
  observed: Float64Array;
  /** Σ_{i≠j} w_i w_j δ(v_i, v_j) over all values, each value weighted by its group's count. */
  expectedSum: (weights: Float64Array) => number;
}

export function relativeToleranceDistance(tolerance: number): (a: number, b: number) => number {
  return (a, b) => {
    const excess = Math.abs(a - b) - tolerance * Math.max(Math.abs(a), Math.abs(b));
    return excess > 0 ? excess * excess : 0;
  };
}

function checkTolerance(tolerance: number): number {
  if (!(tolerance >= 0 && tolerance < 1)) throw new RangeError(`tolerance must be in [0, 1), got ${tolerance}`);
  return tolerance;
}

/**
 * Groups the pairable units by their multiset of values. Each distinct value gets a number; a
 * unit's key is its values' numbers in ascending order (units hold a handful of values, so an
 * insertion sort of small integers).
 */
function groupUnits<V extends string | number>(
  data: ReliabilityData<V>,
): { groupOf: Int32Array; members: V[][]; size: Float64Array } {
  const valueIndex = new Map<V, number>();
  const values: V[] = [];
  const index = new Map<string, number>();
  const members: V[][] = [];
  const sizes: number[] = [];
  const groupOf: number[] = [];
  const ids: number[] = [];
  for (const unit of data) {
    if (unit.length < 2) continue;
    ids.length = 0;
    for (const v of unit) {
      let id = valueIndex.get(v);
      if (id === undefined) {
        valueIndex.set(v, (id = values.length));
        values.push(v);
      }
      let i = ids.length;
      while (i > 0 && ids[i - 1] > id) {
        ids[i] = ids[i - 1];
        i--;
      }
      ids[i] = id;
    }
    const key = ids.join(",");
    let g = index.get(key);
    if (g === undefined) {
      index.set(key, (g = members.length));
      members.push(ids.map((id) => values[id]));
      sizes.push(0);
    }
    sizes[g]++;
    groupOf.push(g);
  }
  return { groupOf: Int32Array.from(groupOf), members, size: Float64Array.from(sizes) };
}

function prepare(data: ReliabilityData<string | number>, metric: AlphaMetric): Prepared {
  const { groupOf, members, size: groupSize } = groupUnits(data);
  const groups = members.length;
  const counts = Float64Array.from(members, (unit) => unit.length);
  const observed = new Float64Array(groups);
  const base = { units: groupOf.length, groups, groupOf, groupSize, counts, observed };
  if (metric.type === "nominal") {
    // Per group, its categories and how often each occurs, flattened into typed arrays.
    const categoryIndex = new Map<string | number, number>();
    const groupStart = new Int32Array(groups + 1);
    const groupCategory: number[] = [];
    const groupCategoryCount: number[] = [];
    members.forEach((unit, g) => {
      const local = new Map<number, number>();
      for (const v of unit) {
        let c = categoryIndex.get(v);
        if (c === undefined) categoryIndex.set(v, (c = categoryIndex.size));
        local.set(c, (local.get(c) ?? 0) + 1);
      }
      let sameSquares = 0;
      for (const [c, k] of local) {
        groupCategory.push(c);
        groupCategoryCount.push(k);
        sameSquares += k * k;
      }
      groupStart[g + 1] = groupCategory.length;
      const m = unit.length;
      observed[g] = (m * m - sameSquares) / (m - 1);
    });
    const categories = Int32Array.from(groupCategory);
    const categoryCounts = Float64Array.from(groupCategoryCount);
    const totals = new Float64Array(categoryIndex.size);
    const expectedSum = (weights: Float64Array) => {
      totals.fill(0);
      let n = 0;
      for (let g = 0; g < groups; g++) {
        const w = weights[g];
        if (w === 0) continue;
        const end = groupStart[g + 1];
        for (let k = groupStart[g]; k < end; k++) totals[categories[k]] += w * categoryCounts[k];
        n += w * counts[g];
      }
      let squares = 0;
      for (let c = 0; c < totals.length; c++) squares += totals[c] * totals[c];
      return n * n - squares;
    };
    return { ...base, expectedSum };
  }

  const tolerance = checkTolerance(metric.tolerance ?? 0);
  const delta = relativeToleranceDistance(tolerance);
  members.forEach((unit, g) => {
    let sum = 0;
    for (let i = 0; i < unit.length; i++) {
      const a = unit[i];
      if (typeof a !== "number" || !Number.isFinite(a))
        throw new TypeError(`interval α needs finite numbers, got ${String(a)}`);
      for (let j = 0; j < unit.length; j++) if (i !== j) sum += delta(a, unit[j] as number);
    }
    observed[g] = sum / (unit.length - 1);
  });
  return { ...base, expectedSum: expectedIntervalSum(members as number[][], tolerance) };
}

/** First index in the ascending `sorted` whose value is ≥ x (strict: > x). */
function lowerBound(sorted: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid] <= x : sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Σ over ordered pairs of values of w_a w_b δ_t(a, b). Each unordered pair with δ > 0 is counted
 * once, by the value of larger magnitude b (a positive b owns a tie with −b). For b > 0 the values
 * it owns with δ > 0 are exactly a ∈ [−b, b(1 − t)); for b < 0, a ∈ (b(1 − t), −b); in both cases
 * δ(a, b) = (a − b(1 − t))². With prefix sums of w, w·x and w·x² over the sorted values (shifted
 * by their mean, which keeps the sums small), each b's share is S2 − 2c·S1 + c²·S0.
 */
function expectedIntervalSum(groups: number[][], tolerance: number): (weights: Float64Array) => number {
  if (tolerance === 0) return expectedSquaredSum(groups);
  const entries: { value: number; group: number }[] = [];
  groups.forEach((values, g) => values.forEach((value) => entries.push({ value, group: g })));
  entries.sort((a, b) => a.value - b.value);
  const n = entries.length;
  const sorted = Float64Array.from(entries, (e) => e.value);
  const groupOf = Int32Array.from(entries, (e) => e.group);
  let mean = 0;
  for (const v of sorted) mean += v / n;
  const shifted = Float64Array.from(sorted, (v) => v - mean);
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const centre = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const b = sorted[k];
    const c = b * (1 - tolerance);
    centre[k] = c - mean;
    if (b > 0) {
      lo[k] = lowerBound(sorted, -b, false);
      hi[k] = lowerBound(sorted, c, false);
    } else if (b < 0) {
      lo[k] = lowerBound(sorted, c, true);
      hi[k] = lowerBound(sorted, -b, false);
    }
    if (hi[k] < lo[k]) hi[k] = lo[k];
  }
  const w = new Float64Array(n);
  const s0 = new Float64Array(n + 1);
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  return (weights) => {
    for (let k = 0; k < n; k++) {
      const wk = weights[groupOf[k]];
      const x = shifted[k];
      w[k] = wk;
      s0[k + 1] = s0[k] + wk;
      s1[k + 1] = s1[k] + wk * x;
      s2[k + 1] = s2[k] + wk * x * x;
    }
    let total = 0;
    for (let k = 0; k < n; k++) {
      const wk = w[k];
      const l = lo[k];
      const h = hi[k];
      if (wk === 0 || l === h) continue;
      const c = centre[k];
      const share = s2[h] - s2[l] - 2 * c * (s1[h] - s1[l]) + c * c * (s0[h] - s0[l]);
      if (share > 0) total += wk * share;
    }
    return 2 * total;
  };
}

/**
 * Without a tolerance, Σ_{i,j} w_i w_j (v_i − v_j)² = 2(W·Σ w v² − (Σ w v)²): per group its count
 * of values and their sum and sum of squares (shifted by the mean, which keeps the difference
 * of the two terms accurate) are all a resample needs.
 */
function expectedSquaredSum(groups: number[][]): (weights: Float64Array) => number {
  const n = groups.reduce((count, values) => count + values.length, 0);
  let mean = 0;
  for (const values of groups) for (const v of values) mean += v / n;
  const m = Float64Array.from(groups, (values) => values.length);
  const s1 = Float64Array.from(groups, (values) => values.reduce((sum, v) => sum + (v - mean), 0));
  const s2 = Float64Array.from(groups, (values) => values.reduce((sum, v) => sum + (v - mean) ** 2, 0));
  return (weights) => {
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    for (let g = 0; g < m.length; g++) {
      const w = weights[g];
      w0 += w * m[g];
      w1 += w * s1[g];
      w2 += w * s2[g];
    }
    return Math.max(0, 2 * (w0 * w2 - w1 * w1));
  };
}

function evaluate(p: Prepared, weights: Float64Array) {
  let n = 0;
  let observedSum = 0;
  for (let g = 0; g < p.groups; g++) {
    const w = weights[g];
    n += w * p.counts[g];
    observedSum += w * p.observed[g];
  }
  const observed = observedSum / n;
  const expected = p.expectedSum(weights) / (n * (n - 1));
  // D_e = 0 means no pair of values differs at all, so D_o = 0 too: 0/0, reported as 1.
  if (!(expected > 0)) return { value: 1, observed: 0, expected: 0, noVariation: true };
  return { value: 1 - observed / expected, observed, expected, noVariation: false };
}

/**
 * Krippendorff's α of the reliability data (see the module comment), with a bootstrap interval
 * when `bootstrap` is given (see `bootstrapInterval`).
 */
export function krippendorffAlpha(
  data: ReliabilityData<string | number>,
  metric: AlphaMetric,
  bootstrap?: BootstrapOptions,
): AlphaResult & { interval: AlphaInterval | null } {
  const p = prepare(data, metric);
  let pairableValues = 0;
  for (let g = 0; g < p.groups; g++) pairableValues += p.groupSize[g] * p.counts[g];
  if (p.units === 0) {
    return {
      value: null,
      observedDisagreement: null,
      expectedDisagreement: null,
      pairableUnits: 0,
      pairableValues,
      noVariation: false,
      interval: null,
    };
  }
  const r = evaluate(p, p.groupSize);
  return {
    value: r.value,
    observedDisagreement: r.observed,
    expectedDisagreement: r.expected,
    pairableUnits: p.units,
    pairableValues,
    noVariation: r.noVariation,
    interval: bootstrap ? bootstrapInterval(p, bootstrap) : null,
  };
}

export interface BootstrapOptions {
  /** Resamples; 1,000 when not given. */
  samples?: number;
  /** Confidence level; 0.95 when not given. */
  level?: number;
  seed: number;
  /**
   * How a resample is drawn: unit by unit, or as one multinomial over the groups of identical
   * units. Both draw from the same distribution; by default the cheaper one for the data.
   */
  draw?: "units" | "groups";
}

/**
 * Percentile bootstrap interval for α: the pairable units are drawn with replacement (as many as
 * there are), α is recomputed on each resample (D_o and D_e both, the latter from the resample's
 * own values), and the interval is the (1 − level)/2 and (1 + level)/2 quantiles of the resampled
 * α (linear interpolation between order statistics). The same data, metric and seed always give
 * the same interval.
 */
function bootstrapInterval(p: Prepared, options: BootstrapOptions): AlphaInterval {
  const samples = options.samples ?? 1000;
  const level = options.level ?? 0.95;
  if (!(Number.isInteger(samples) && samples >= 1))
    throw new RangeError(`samples must be a positive whole number, got ${samples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const random = mulberry32(options.seed);
  const { units, groupOf, groups } = p;
  const weights = new Float64Array(groups);
  const alphas = new Float64Array(samples);
  // Few groups for many units: draw the group counts as one multinomial (a binomial per group)
  // rather than unit by unit. Both are the same resampling distribution.
  const byGroup = options.draw ? options.draw === "groups" : groups * MULTINOMIAL_UNITS_PER_GROUP <= units;
  for (let s = 0; s < samples; s++) {
    if (byGroup) {
      multinomialCounts(random, units, p.groupSize, weights);
    } else {
      weights.fill(0);
      for (let k = 0; k < units; k++) weights[groupOf[(random() * units) | 0]] += 1;
    }
    alphas[s] = evaluate(p, weights).value;
  }
  alphas.sort();
  return { lower: quantile(alphas, (1 - level) / 2), upper: quantile(alphas, (1 + level) / 2), level, samples };
}

/** The q-quantile of ascending values, interpolating linearly between order statistics. */
export function quantile(sorted: Float64Array | readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
