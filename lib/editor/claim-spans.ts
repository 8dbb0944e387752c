/**
 * Pure helpers shared by the claim highlight extension and the server-rendered first paint,
 * so both draw the same highlights with the same attributes.
 *
 * Offsets are UTF-16 code units into the article's canonical text, `end` exclusive.
 */

/** What a highlight needs to know about a claim: where it is and its kind (for the colour). */
export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  kind: string;
  /**
   * What a screen reader says for the highlight (kind, status, author, the quote's first words),
   * once the claim's details are known; the first paint has spans only and draws none.
   */
  label?: string;
}

/**
 * How many levels of nesting are drawn differently. A claim that encloses another is drawn
 * as an underline below the text; each level of enclosing moves its line further down, and
 * the line gap leaves room for two levels before lines would touch the next row.
 */
const MAX_DRAWN_HEIGHT = 2;

/** Reading order: by start, the longer first at equal starts (an enclosing span before what it encloses), then by id. */
export function compareSpans(a: ClaimSpan, b: ClaimSpan): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** True if `outer` covers all of `inner`; a span covers itself (two claims on the same span cover each other). */
export function covers(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * True if `outer` strictly encloses `inner`: covers it and is longer. Two claims on the same span
 * enclose neither way (they are drawn at the same height).
 */
export function encloses(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return covers(outer, inner) && outer.end - outer.start > inner.end - inner.start;
}

/**
 * Height of the claim at `index` of `ordered` (sorted by {@link compareSpans}): 0 if it encloses
 * no claim, else one more than the highest claim it encloses, capped at {@link MAX_DRAWN_HEIGHT}.
 * Everything it encloses sorts after it, so only the claims starting inside it are scanned.
 */
export function heightAt(ordered: readonly ClaimSpan[], index: number, heightOf: (span: ClaimSpan) => number): number {
  const outer = ordered[index];
  if (outer === undefined) return 0;
  let height = 0;
  for (let j = index + 1; j < ordered.length; j++) {
    const inner = ordered[j];
    if (inner === undefined || inner.start >= outer.end) break;
    if (encloses(outer, inner)) height = Math.max(height, heightOf(inner) + 1);
    if (height >= MAX_DRAWN_HEIGHT) return MAX_DRAWN_HEIGHT;
  }
  return height;
}

/** Heights (see {@link heightAt}) of all claims in `ordered`, computed innermost first. */
export function nestingHeights(ordered: readonly ClaimSpan[]): Map<string, number> {
  const heights = new Map<string, number>();
  const heightOf = (span: ClaimSpan) => heights.get(span.id) ?? 0;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const span = ordered[i];
    if (span !== undefined) heights.set(span.id, heightAt(ordered, i, heightOf));
  }
  return heights;
}

/** Index at which `span` belongs in `ordered` (binary search by {@link compareSpans}). */
export function insertionIndex(ordered: readonly ClaimSpan[], span: ClaimSpan): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const here = ordered[mid];
    if (here !== undefined && compareSpans(here, span) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How a highlight element looks: its tag, class and the one data attribute it carries. */
export interface HighlightLook {
  /** Element name of a highlight, e.g. "mark". */
  tag: string;
  /** Class of every highlight; `${className}--${kind}` and `${className}--h${height}` are added. */
  className: string;
}

/** The attributes of one claim's highlight element: only its id as data, the rest is styling. */
export function highlightAttributes(
  span: ClaimSpan,
  height: number,
  look: HighlightLook,
): { class: string; "data-claim-id": string; "aria-label"?: string } {
  const c = look.className;
  return {
    class: `${c} ${c}--${span.kind} ${c}--h${Math.min(height, MAX_DRAWN_HEIGHT)}`,
    "data-claim-id": span.id,
    ...(span.label ? { "aria-label": span.label } : {}),
  };
}

/**
 * Spans as one compact string ("id start end kind" per line) for handing a long article's
 * claims from the server to the browser: one string travels and parses far faster than
 * thousands of small objects (React's payload revives every key of every object).
 * Claim ids and kinds never contain spaces or line breaks.
 */
export function encodeSpans(spans: readonly ClaimSpan[]): string {
  return spans.map((s) => `${s.id} ${s.start} ${s.end} ${s.kind}`).join("\n");
}

/** The inverse of {@link encodeSpans}. */
export function decodeSpans(encoded: string): ClaimSpan[] {
  if (encoded === "") return [];
  return encoded.split("\n").map((line) => {
    const [id = "", start = "", end = "", kind = ""] = line.split(" ");
    return { id, start: Number(start), end: Number(end), kind };
  });
}
