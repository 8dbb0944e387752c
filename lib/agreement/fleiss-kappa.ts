/**
 * Fleiss' κ for items that each received the same number r ≥ 2 of labels:
 *   P_i = (Σ_k n_ik² − r) / (r(r − 1)),  P̄ = mean P_i,  p_k = Σ_i n_ik / (N r),  P_e = Σ_k p_k²
 *   κ = (P̄ − P_e) / (1 − P_e)
 * as statsmodels' `fleiss_kappa(table, method="fleiss")` computes it; the fixtures hold us to it.
 * Null when there is no item or P_e = 1 (a single label everywhere: 0/0).
 */
import type { KappaResult } from "./cohen-kappa";

/** `items[i]` holds the labels item i received, all items with the same number of labels. */
export function fleissKappa(items: readonly (readonly string[])[]): KappaResult {
  const N = items.length;
  if (N === 0) return { value: null, observedAgreement: null, expectedAgreement: null, items: 0 };
  const r = items[0].length;
  if (r < 2) throw new Error("fleissKappa: every item needs at least two labels");
  const totals = new Map<string, number>();
  let agreement = 0;
  for (const labels of items) {
    if (labels.length !== r) throw new Error(`fleissKappa: an item has ${labels.length} labels, the first has ${r}`);
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    let squares = 0;
    for (const [label, k] of counts) {
      squares += k * k;
      totals.set(label, (totals.get(label) ?? 0) + k);
    }
    agreement += (squares - r) / (r * (r - 1));
  }
  const observed = agreement / N;
  let expected = 0;
  for (const k of totals.values()) expected += (k / (N * r)) ** 2;
  const value = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { value, observedAgreement: observed, expectedAgreement: expected, items: N };
}
