/**
 * Low-level string matching used by re-anchoring. Kept separate from
 * `reanchor.ts` so the policy there reads as policy.
 */

/** A substring of the searched text and its edit distance to the pattern. */
export interface Alignment {
  start: number;
  end: number;
  distance: number;
}

/**
 * Finds the substring of `text[from, to)` with the smallest Levenshtein
 * distance to `pattern` (Sellers' semi-global alignment: skipping text before
 * and after the match is free).
 *
 * diff-match-patch's bitap can only say roughly where a ≤32-char pattern
 * starts; this pins down both ends of a pattern of any length, which is what a
 * sentence-long quote needs. O(pattern.length × window) time, O(pattern.length)
 * memory, so callers should pass a window near the expected location.
 *
 * Ties go to the longer span, then the earliest. For equal edit distance
 * the longer span is also the more similar one by the measure re-anchoring
 * uses (distance ÷ longer length), and it keeps a substituted or inserted
 * boundary character instead of dropping a character of the quote: "abc"
 * against "abxc" gives "abxc", not "abx".
 */
export function bestApproximateMatch(
  pattern: string,
  text: string,
  from = 0,
  to: number = text.length,
): Alignment | null {
  const m = pattern.length;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (m === 0 || hi <= lo) return null;

  // cost[i]: min edits turning pattern[0, i) into some text substring ending
  // at the current column; origin[i]: where that substring starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = lo;
  }
  let best: Alignment = { start: lo, end: lo, distance: m };

  for (let j = lo + 1; j <= hi; j++) {
    const tc = text.charCodeAt(j - 1);
    // Cells are carried in locals: diag = previous column, row i-1; up = this column, row i-1.
    let diagCost = cost[0] ?? 0;
    let diagOrigin = origin[0] ?? lo;
    let upCost = 0;
    let upOrigin = j;
    nextCost[0] = upCost;
    nextOrigin[0] = upOrigin;
    for (let i = 1; i <= m; i++) {
      const leftCost = cost[i] ?? 0;
      const leftOrigin = origin[i] ?? lo;
      // Prefer the diagonal (match/substitute) on ties so spans stay tight.
      let c = diagCost + (pattern.charCodeAt(i - 1) === tc ? 0 : 1);
      let o = diagOrigin;
      if (upCost + 1 < c) {
        c = upCost + 1; // pattern char missing from text
        o = upOrigin;
      }
      if (leftCost + 1 < c) {
        c = leftCost + 1; // extra char in text
        o = leftOrigin;
      }
      nextCost[i] = c;
      nextOrigin[i] = o;
      diagCost = leftCost;
      diagOrigin = leftOrigin;
      upCost = c;
      upOrigin = o;
    }
    if (beats(upCost, j - upOrigin, best)) {
      best = { start: upOrigin, end: j, distance: upCost };
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  return best.end > best.start ? best : null;
}

function beats(distance: number, length: number, best: Alignment): boolean {
  return distance < best.distance || (distance === best.distance && length > best.end - best.start);
}

/** A whitespace-collapsed copy of a string that remembers where each char came from. */
export interface CollapsedText {
  text: string;
  /** `starts[k]`..`ends[k]` is the original range that collapsed char `k` stands for. */
  starts: Int32Array;
  ends: Int32Array;
}

const SPACE = /\s/u;

/**
 * Replaces every run of whitespace (including newlines and NBSP) with a single
 * space, keeping a map back to original offsets. Used to re-find quotes whose
 * only change is re-flowed or normalized whitespace.
 */
export function collapseWhitespace(s: string): CollapsedText {
  const starts = new Int32Array(s.length);
  const ends = new Int32Array(s.length);
  let out = "";
  let k = 0;
  let i = 0;
  while (i < s.length) {
    const from = i;
    if (SPACE.test(s[i] ?? "")) {
      while (i < s.length && SPACE.test(s[i] ?? "")) i++;
      out += " ";
    } else {
      out += s[i];
      i++;
    }
    starts[k] = from;
    ends[k] = i;
    k++;
  }
  return { text: out, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** Every (possibly overlapping) index where `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * How well the text around `[start, end)` agrees with a stored prefix and
 * suffix: the share of context characters that match, counted outward from
 * the span and stopping at the first difference (nearby context is the most
 * telling, and an edit far away should not sink a match). 1 when no context
 * was stored.
 */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  let p = 0;
  while (
    p < prefix.length &&
    start - 1 - p >= 0 &&
    text.charCodeAt(start - 1 - p) === prefix.charCodeAt(prefix.length - 1 - p)
  )
    p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text.charCodeAt(end + s) === suffix.charCodeAt(s)) s++;
  return (p + s) / total;
}
