/**
 * Maximum-weight bipartite matching (the assignment problem), by the Hungarian algorithm with
 * potentials (Kuhn–Munkres, O(n²m) for n ≤ m).
 *
 * `weights[r][c] > 0` is an edge that may be used; anything else (0, negative, NaN) is no edge.
 * The algorithm assigns every row of the smaller side to some column at minimum cost, with cost
 * −weight for an edge and 0 for no edge, so an assignment along a non-edge costs the same as
 * leaving the row unmatched: the minimum-cost assignment, with non-edges dropped, is a
 * maximum-weight matching. Not every row need be matched, and the matching found is the one of
 * greatest total weight, not of greatest size.
 *
 * Returns, for each row, the matched column or -1.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0].length;
  for (const row of weights) {
    if (row.length !== cols) throw new Error("maxWeightMatching: the rows of the weight matrix differ in length");
  }
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  const edge = (r: number, c: number) => {
    const w = weights[r][c];
    return w > 0 ? w : 0;
  };
  if (rows <= cols)
    return hungarian(rows, cols, (i, j) => -edge(i, j)).map((c, r) => (c >= 0 && edge(r, c) > 0 ? c : -1));
  const colToRow = hungarian(cols, rows, (i, j) => -edge(j, i));
  const result = new Array<number>(rows).fill(-1);
  colToRow.forEach((r, c) => {
    if (r >= 0 && edge(r, c) > 0) result[r] = c;
  });
  return result;
}

/**
 * Minimum-cost assignment of n rows to distinct columns among m ≥ n (every row assigned).
 * Returns the column of each row.
 */
function hungarian(n: number, m: number, cost: (row: number, col: number) => number): number[] {
  // 1-based as in the textbook formulation; index 0 is the virtual start column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row (1-based) assigned to column j, 0 for none
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] > 0) result[p[j] - 1] = j - 1;
  return result;
}
