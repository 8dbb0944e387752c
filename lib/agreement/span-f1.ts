/**
 * Span F1 between two annotators' claims on one article, in two strengths:
 * - exact: a claim matches one of the other's with the very same [start, end) (each claim
 *   matched once: two identical spans on one side match at most two on the other);
 * - overlap: claims matched one-to-one by the maximum-weight matching of overlap/union among the
 *   pairs at or above the alignment threshold — the same criterion as alignment, applied to the
 *   pair alone (with N > 2, the N-way units may keep apart two claims this pairwise matching
 *   pairs, because of a third annotator's claim; pairwise F1 is about the pair only).
 * F1 = 2·matched / (|A| + |B|), which is symmetric; precision and recall are given taking A as
 * the reference.
 */
import type { AlignableClaim } from "./align-claims";
import type { SpanF1 } from "./coefficient";

/** Claims of `b` with the very span of a claim of `a`, each claim matched at most once. */
export function exactMatches(a: readonly AlignableClaim[], b: readonly AlignableClaim[]): number {
  const counts = new Map<string, number>();
  for (const s of a) {
    const key = `${s.start}:${s.end}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let exact = 0;
  for (const s of b) {
    const key = `${s.start}:${s.end}`;
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      exact++;
      counts.set(key, left - 1);
    }
  }
  return exact;
}

export function spanF1(measure: SpanF1["measure"], matched: number, claimsA: number, claimsB: number): SpanF1 {
  const total = claimsA + claimsB;
  return {
    measure,
    value: total === 0 ? null : (2 * matched) / total,
    matched,
    claimsA,
    claimsB,
    precision: claimsB === 0 ? null : matched / claimsB,
    recall: claimsA === 0 ? null : matched / claimsA,
  };
}
