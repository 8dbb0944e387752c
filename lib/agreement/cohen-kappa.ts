/**
 * Cohen's κ for two coders who each gave one label to the same items:
 *   κ = (p_o − p_e) / (1 − p_e),  p_e = Σ_k (n_k^A / N)(n_k^B / N)
 * as scikit-learn's `cohen_kappa_score` (unweighted) computes it; the fixtures hold us to it.
 * Null when there is no item, or when p_e = 1 (both coders gave one and the same label to
 * everything: κ is 0/0, scikit-learn answers NaN).
 */
export interface KappaResult {
  value: number | null;
  observedAgreement: number | null;
  expectedAgreement: number | null;
  items: number;
}

export function cohenKappa(a: readonly string[], b: readonly string[]): KappaResult {
  if (a.length !== b.length) throw new Error(`cohenKappa: ${a.length} labels against ${b.length}`);
  const n = a.length;
  if (n === 0) return { value: null, observedAgreement: null, expectedAgreement: null, items: 0 };
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    countA.set(a[i], (countA.get(a[i]) ?? 0) + 1);
    countB.set(b[i], (countB.get(b[i]) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, k] of countA) expected += (k / n) * ((countB.get(label) ?? 0) / n);
  const observed = same / n;
  const value = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { value, observedAgreement: observed, expectedAgreement: expected, items: n };
}
