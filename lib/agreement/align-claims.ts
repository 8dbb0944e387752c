/**
 * Alignment: the claims N annotators made on one article, grouped into *units* — sets of claims,
 * at most one per annotator, that the annotators meant as the same claim. Every measure of
 * agreement is computed over units; an annotator without a claim in a unit has "no claim" there,
 * which counts as a disagreement, never as a gap to drop.
 *
 * Two claims of different annotators are *candidates* for one unit when their spans' character
 * overlap divided by their union (Jaccard on character positions) is at least the threshold
 * (0.5 by default). A unit is a set of claims from distinct annotators in which every two claims
 * are candidates (a clique of the candidate graph). The alignment is the partition of all
 * claims into units that maximises the total weight, the sum over units of the overlap/union of
 * every pair of claims in the unit. For two annotators this is exactly the maximum-weight
 * bipartite matching; for more it is the clique-partitioning form of the multi-dimensional
 * assignment problem, which is NP-hard in general, so:
 *
 * 1. The candidate graph is split into connected components. No unit can span two components,
 *    so the optimum is the union of the components' optima, and real articles give small
 *    components (one per claim, of at most N claims, in the common case).
 * 2. A component with claims of only two annotators is solved exactly by the Hungarian
 *    algorithm, whatever its size.
 * 3. A component of up to EXACT_COMPONENT_LIMIT claims is solved exactly by a dynamic programme
 *    over subsets: the unit of the lowest remaining claim is chosen among all cliques containing
 *    it, memoised on the set of remaining claims. The result is a global optimum (ties broken by
 *    the text order of the claims, so the same input always gives the same units).
 * 4. A larger component (heavily nested or stacked claims) is aligned by successive
 *    maximum-weight matchings: its annotators are taken in a fixed order (most claims first,
 *    then by id); the first one's claims open the units; each next annotator's claims are
 *    matched to the units so far by the Hungarian algorithm, a claim's weight to a unit being
 *    the sum of its overlap/union with the unit's members, and an edge existing only when the
 *    claim is a candidate of every member; unmatched claims open new units. Each step is an
 *    optimal assignment given the previous ones, every unit is still a clique with one claim per
 *    annotator, but the whole is not guaranteed optimal. Each unit records which method made it.
 */
import { maxWeightMatching } from "./assignment";
import type { AgreementClaim } from "./types";

/** What alignment looks at: a span and who wrote it. */
export type AlignableClaim = Pick<AgreementClaim, "id" | "articleId" | "annotatorId" | "start" | "end">;

/** One article's layers as alignment needs them. */
export interface AlignmentInput<C extends AlignableClaim> {
  articleId: string;
  annotatorIds: readonly string[];
  claims: readonly C[];
}

/** Default minimum overlap/union for two claims to be candidates for one unit. */
const DEFAULT_OVERLAP_THRESHOLD = 0.5;
/** Components up to this many claims are aligned exactly by the subset dynamic programme. */
export const EXACT_COMPONENT_LIMIT = 16;

type AlignmentMethod = "single" | "matching" | "exact" | "successive";

export interface AlignedUnit<C extends AlignableClaim = AgreementClaim> {
  /** `articleId#index`: stable for the same claims and threshold. */
  id: string;
  articleId: string;
  /** Position among the article's units, in text order (by the first claim's start, then end). */
  index: number;
  /** The smallest span covering every claim of the unit. */
  start: number;
  end: number;
  /** Every annotator of the article: their claim in this unit, or null for "no claim". */
  claims: Readonly<Record<string, C | null>>;
  /** Σ overlap/union over the pairs of claims in the unit (what the alignment maximised). */
  weight: number;
  /** How the unit's component was aligned (see the module comment). */
  method: AlignmentMethod;
}

export interface ArticleAlignment<C extends AlignableClaim = AgreementClaim> {
  articleId: string;
  annotatorIds: readonly string[];
  units: AlignedUnit<C>[];
}

export interface AlignmentOptions {
  /** Minimum overlap/union, in (0, 1]; 0.5 when not given. */
  overlapThreshold?: number;
}

/** Character overlap over union of two half-open spans (1 for the same span, 0 for disjoint). */
export function spanOverlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return overlap / (a.end - a.start + (b.end - b.start) - overlap);
}

function checkOverlapThreshold(threshold: number): number {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`overlap threshold must be in (0, 1], got ${threshold}`);
  }
  return threshold;
}

const byPosition = (a: AlignableClaim, b: AlignableClaim) =>
  a.start - b.start ||
  a.end - b.end ||
  (a.annotatorId < b.annotatorId ? -1 : a.annotatorId > b.annotatorId ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Aligns one article's layers into units (see the module comment). */
export function alignClaims<C extends AlignableClaim>(
  layers: AlignmentInput<C>,
  options: AlignmentOptions = {},
): ArticleAlignment<C> {
  const threshold = checkOverlapThreshold(options.overlapThreshold ?? DEFAULT_OVERLAP_THRESHOLD);
  const annotators = new Set(layers.annotatorIds);
  if (annotators.size !== layers.annotatorIds.length) {
    throw new Error(`article ${layers.articleId}: an annotator is listed twice`);
  }
  const seen = new Set<string>();
  for (const claim of layers.claims) {
    if (!annotators.has(claim.annotatorId)) {
      throw new Error(`claim ${claim.id}: annotator ${claim.annotatorId} is not among the article's annotators`);
    }
    if (claim.articleId !== layers.articleId) {
      throw new Error(`claim ${claim.id} belongs to article ${claim.articleId}, not ${layers.articleId}`);
    }
    if (!(Number.isSafeInteger(claim.start) && Number.isSafeInteger(claim.end) && claim.start < claim.end)) {
      throw new Error(`claim ${claim.id}: span [${claim.start}, ${claim.end}) is not a non-empty span`);
    }
    if (seen.has(claim.id)) throw new Error(`claim ${claim.id} appears twice`);
    seen.add(claim.id);
  }

  const claims = [...layers.claims].sort(byPosition);
  const groups = components(claims, threshold);
  const made: MadeUnit<C>[] = [];
  for (const group of groups) {
    for (const unit of alignComponent(group, threshold)) made.push(unit);
  }

  for (const unit of made) unit.members.sort(byPosition);
  made.sort((a, b) => byPosition(a.members[0], b.members[0]));
  const units = made.map(({ members, weight, method }, index): AlignedUnit<C> => {
    const byAnnotator: Record<string, C | null> = {};
    for (const id of layers.annotatorIds) byAnnotator[id] = null;
    let start = Infinity;
    let end = -Infinity;
    for (const claim of members) {
      byAnnotator[claim.annotatorId] = claim;
      start = Math.min(start, claim.start);
      end = Math.max(end, claim.end);
    }
    return {
      id: `${layers.articleId}#${index}`,
      articleId: layers.articleId,
      index,
      start,
      end,
      claims: byAnnotator,
      weight,
      method,
    };
  });
  return { articleId: layers.articleId, annotatorIds: layers.annotatorIds, units };
}

/** Connected components of the candidate graph, each in text order. */
function components<C extends AlignableClaim>(claims: readonly C[], threshold: number): C[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length && claims[j].start < claims[i].end; j++) {
      if (claims[i].annotatorId === claims[j].annotatorId) continue;
      if (spanOverlapRatio(claims[i], claims[j]) >= threshold) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, C[]>();
  claims.forEach((claim, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(claim);
    else groups.set(root, [claim]);
  });
  return [...groups.values()];
}

interface MadeUnit<C> {
  members: C[];
  weight: number;
  method: AlignmentMethod;
}

function alignComponent<C extends AlignableClaim>(group: C[], threshold: number): MadeUnit<C>[] {
  if (group.length === 1) return [{ members: group, weight: 0, method: "single" }];
  const annotators = [...new Set(group.map((c) => c.annotatorId))];
  if (annotators.length === 2) return alignTwo(group, annotators, threshold);
  if (group.length <= EXACT_COMPONENT_LIMIT) return alignExact(group, threshold);
  return alignSuccessive(group, threshold);
}

const candidateWeight = (a: AlignableClaim, b: AlignableClaim, threshold: number) => {
  if (a.annotatorId === b.annotatorId) return 0;
  const w = spanOverlapRatio(a, b);
  return w >= threshold ? w : 0;
};

function alignTwo<C extends AlignableClaim>(group: C[], annotators: string[], threshold: number): MadeUnit<C>[] {
  const left = group.filter((c) => c.annotatorId === annotators[0]);
  const right = group.filter((c) => c.annotatorId === annotators[1]);
  const weights = left.map((l) => right.map((r) => candidateWeight(l, r, threshold)));
  const match = maxWeightMatching(weights);
  const units: MadeUnit<C>[] = [];
  const taken = new Set<number>();
  left.forEach((l, i) => {
    const j = match[i];
    if (j >= 0) {
      taken.add(j);
      units.push({ members: [l, right[j]], weight: weights[i][j], method: "matching" });
    } else {
      units.push({ members: [l], weight: 0, method: "matching" });
    }
  });
  right.forEach((r, j) => {
    if (!taken.has(j)) units.push({ members: [r], weight: 0, method: "matching" });
  });
  return units;
}

// Ties within this margin keep the choice found first (floating sums of equal weights can
// differ in the last bits depending on the order they were added in).
const EPSILON = 1e-12;

function alignExact<C extends AlignableClaim>(group: C[], threshold: number): MadeUnit<C>[] {
  const m = group.length;
  const w = group.map((a) => group.map((b) => candidateWeight(a, b, threshold)));
  const adjacent = group.map((_, i) => {
    let mask = 0;
    for (let j = 0; j < m; j++) if (w[i][j] > 0) mask |= 1 << j;
    return mask;
  });
  const best = new Map<number, { value: number; unit: number }>();

  const solve = (mask: number): number => {
    if (mask === 0) return 0;
    const known = best.get(mask);
    if (known) return known.value;
    const first = 31 - Math.clz32(mask & -mask);
    let bestValue = -Infinity;
    let bestUnit = 0;
    // Every clique containing `first` within `mask`, grown by members of increasing index.
    const grow = (unit: number, unitWeight: number, candidates: number, members: number[]) => {
      const value = unitWeight + solve(mask & ~unit);
      if (value > bestValue + EPSILON) {
        bestValue = value;
        bestUnit = unit;
      }
      let rest = candidates;
      while (rest !== 0) {
        const bit = rest & -rest;
        rest &= ~bit;
        const j = 31 - Math.clz32(bit);
        let added = 0;
        for (const k of members) added += w[k][j];
        members.push(j);
        // Later members come after j, so each clique is built once.
        grow(unit | bit, unitWeight + added, candidates & adjacent[j] & ~((bit << 1) - 1), members);
        members.pop();
      }
    };
    grow(1 << first, 0, mask & adjacent[first], [first]);
    best.set(mask, { value: bestValue, unit: bestUnit });
    return bestValue;
  };

  const full = m === 32 ? -1 : (1 << m) - 1;
  solve(full);
  const units: MadeUnit<C>[] = [];
  let mask = full;
  while (mask !== 0) {
    const { unit } = best.get(mask)!;
    const members: C[] = [];
    let weight = 0;
    for (let i = 0; i < m; i++) {
      if (!(unit & (1 << i))) continue;
      for (let j = i + 1; j < m; j++) if (unit & (1 << j)) weight += w[i][j];
      members.push(group[i]);
    }
    units.push({ members, weight, method: "exact" });
    mask &= ~unit;
  }
  return units;
}

function alignSuccessive<C extends AlignableClaim>(group: C[], threshold: number): MadeUnit<C>[] {
  const byAnnotator = new Map<string, C[]>();
  for (const claim of group) {
    const list = byAnnotator.get(claim.annotatorId);
    if (list) list.push(claim);
    else byAnnotator.set(claim.annotatorId, [claim]);
  }
  const order = [...byAnnotator.entries()].sort(
    ([a, ca], [b, cb]) => cb.length - ca.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const units: { members: C[]; weight: number }[] = [];
  for (const [, claims] of order) {
    const weights = units.map((unit) =>
      claims.map((claim) => {
        let total = 0;
        for (const member of unit.members) {
          const w = candidateWeight(member, claim, threshold);
          if (w === 0) return 0;
          total += w;
        }
        return total;
      }),
    );
    const match = units.length > 0 ? maxWeightMatching(weights) : [];
    const taken = new Set<number>();
    match.forEach((j, i) => {
      if (j < 0) return;
      units[i].members.push(claims[j]);
      units[i].weight += weights[i][j];
      taken.add(j);
    });
    claims.forEach((claim, j) => {
      if (!taken.has(j)) units.push({ members: [claim], weight: 0 });
    });
  }
  return units.map(({ members, weight }) => ({ members, weight, method: "successive" as const }));
}
