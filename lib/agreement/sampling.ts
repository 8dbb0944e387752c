/**
 * Exact binomial and multinomial variates from a uniform PRNG, for the bootstrap: drawing n
 * units with replacement and counting how many fall in each of T groups is a multinomial draw,
 * which sequential conditional binomials give in about Σ_g √(n·p_g) steps instead of n draws.
 *
 * The binomial sampler is inversion: from 0 when n·min(p, q) is small, else the "chop-down"
 * search outward from the mode (Kemp 1986), whose expected number of steps grows with the
 * standard deviation. The mode's probability comes from log-factorials (a table, then Stirling's
 * series, as numpy's logfactorial does), accurate to about 1e-11 relative at n = 10⁶ — far below
 * what a bootstrap can resolve.
 */

const TABLE_SIZE = 256;
const LOG_FACTORIAL = (() => {
  const table = new Float64Array(TABLE_SIZE);
  for (let k = 1; k < TABLE_SIZE; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
})();
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln(k!) for a whole k ≥ 0. */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return LOG_FACTORIAL[k];
  const inverse = 1 / k;
  const inverse2 = inverse * inverse;
  return (
    (k + 0.5) * Math.log(k) -
    k +
    HALF_LOG_2PI +
    inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680)))
  );
}

/** A Binomial(n, p) variate. */
export function binomial(random: () => number, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(random, n, 1 - p);
  const q = 1 - p;
  const mean = n * p;
  if (mean < 10) {
    // Inversion from 0: P(0) = qⁿ, then P(k+1) = P(k)·(n − k)p / ((k + 1)q).
    let f = Math.exp(n * Math.log(q));
    let u = random();
    let k = 0;
    while (u > f && k < n) {
      u -= f;
      f *= ((n - k) * p) / ((k + 1) * q);
      k++;
    }
    return k;
  }
  const mode = Math.floor((n + 1) * p);
  const fMode = Math.exp(
    logFactorial(n) - logFactorial(mode) - logFactorial(n - mode) + mode * Math.log(p) + (n - mode) * Math.log(q),
  );
  let u = random() - fMode;
  if (u < 0) return mode;
  let down = mode;
  let fDown = fMode;
  let up = mode;
  let fUp = fMode;
  const ratio = p / q;
  for (;;) {
    if (down > 0) {
      // P(k − 1) = P(k)·k·q / ((n − k + 1)·p)
      fDown *= down / ((n - down + 1) * ratio);
      down--;
      u -= fDown;
      if (u < 0) return down;
    }
    if (up < n) {
      fUp *= ((n - up) * ratio) / (up + 1);
      up++;
      u -= fUp;
      if (u < 0) return up;
    }
    // Rounding can leave a sliver of u after the whole support: the mode is as good an answer.
    if (down === 0 && up === n) return mode;
  }
}

/**
 * Counts of n draws with replacement among groups of the given sizes (each of the Σ sizes units
 * equally likely): `out[g]` receives how many draws fell in group g.
 */
export function multinomialCounts(random: () => number, n: number, sizes: Float64Array, out: Float64Array): void {
  let total = 0;
  for (let g = 0; g < sizes.length; g++) total += sizes[g];
  let left = n;
  for (let g = 0; g < sizes.length; g++) {
    if (left === 0 || total <= 0) {
      out[g] = 0;
      continue;
    }
    const k = g === sizes.length - 1 ? left : binomial(random, left, Math.min(1, sizes[g] / total));
    out[g] = k;
    left -= k;
    total -= sizes[g];
  }
}
