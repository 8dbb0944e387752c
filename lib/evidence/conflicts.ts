/**
 * Conflicting figures within a cluster.
 *
 * Claims are compared only with claims about the same period (see `claimDate`: the same month,
 * or the same year for year-only references). Each claim's figure is read as the interval of
 * values it allows: exact → [v, v]; about → [v − 10%, v + 10%]; more_than / at_least → [v, ∞);
 * up_to → [0, v]; range → [v, valueMax]. Two claims about one period are flagged when
 *
 * - "contradiction": their intervals do not meet even when widened by the tolerance (both
 *   cannot be true), or
 * - "differing_figures": the intervals meet, but the figures they state differ by more than
 *   the tolerance. "Over 30,000" and "more than 40,000" are both lower bounds and so not strictly
 *   contradictory, yet two sources giving different counts for the same month is exactly what a
 *   fact-checker has to look at, so it is flagged too, as the weaker kind.
 *
 * Difference is relative to the larger figure: |a − b| / max(|a|, |b|). A range states its own
 * spread, so a figure inside it is consistent with it: ranges are only checked for contradiction.
 */
import { Qualifier } from "@/lib/claims/vocabulary";

/** Relative difference below which two figures count as the same (10%). */
export const CONFLICT_TOLERANCE = 0.1;

export interface FigureClaim {
  id: string;
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  period: string | null;
}

export interface Conflict {
  period: string;
  claimIds: [string, string];
  severity: "contradiction" | "differing_figures";
  /** Relative difference of the stated figures (0.25 = 25%). */
  difference: number;
}

/** The values a figure allows, `[low, high]`; `high` may be Infinity. */
export function figureInterval(claim: Pick<FigureClaim, "value" | "qualifier" | "valueMax">): [number, number] | null {
  if (claim.value === null) return null;
  const v = claim.value;
  const parsed = Qualifier.safeParse(claim.qualifier);
  switch (parsed.success ? parsed.data : "exact") {
    case "about":
      return [v - Math.abs(v) * CONFLICT_TOLERANCE, v + Math.abs(v) * CONFLICT_TOLERANCE];
    case "more_than":
    case "at_least":
      return [v, Infinity];
    case "up_to":
      return [Math.min(0, v), v];
    case "range":
      return [v, claim.valueMax ?? Infinity];
    default:
      return [v, v];
  }
}

function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/** Whether `[a0, a1]` and `[b0, b1]` meet once each is widened by the tolerance. */
function meet([a0, a1]: [number, number], [b0, b1]: [number, number]): boolean {
  const widen = (x: number, sign: 1 | -1) => (Number.isFinite(x) ? x + sign * Math.abs(x) * CONFLICT_TOLERANCE : x);
  return widen(a0, -1) <= widen(b1, 1) && widen(b0, -1) <= widen(a1, 1);
}

/** Every conflicting pair, by period, then in the order the claims were given. */
export function findConflicts(claims: readonly FigureClaim[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i];
    const aInterval = a ? figureInterval(a) : null;
    if (!a || a.period === null || !aInterval || a.value === null) continue;
    for (let j = i + 1; j < claims.length; j++) {
      const b = claims[j];
      const bInterval = b ? figureInterval(b) : null;
      if (!b || b.period !== a.period || !bInterval || b.value === null) continue;
      const difference = relativeDifference(a.value, b.value);
      if (!meet(aInterval, bInterval)) {
        conflicts.push({ period: a.period, claimIds: [a.id, b.id], severity: "contradiction", difference });
      } else if (difference > CONFLICT_TOLERANCE && a.qualifier !== "range" && b.qualifier !== "range") {
        conflicts.push({ period: a.period, claimIds: [a.id, b.id], severity: "differing_figures", difference });
      }
    }
  }
  return conflicts.sort((x, y) => x.period.localeCompare(y.period));
}
