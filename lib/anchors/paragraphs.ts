/**
 * Mapping between canonical-text offsets and ProseMirror document positions.
 *
 * The editor document this assumes is built by {@link buildDocJSON}: a `doc`
 * holding one `paragraph` node per {@link Paragraph}, each containing that
 * paragraph's text verbatim as a single text node (no marks that split it,
 * no hard breaks). ProseMirror counts a text node's size in UTF-16 code units,
 * like our offsets, so inside a paragraph the mapping is a plain shift:
 * opening a paragraph costs one position, closing it another.
 */

/** One paragraph of the canonical text and where its content sits in the editor doc. */
export interface Paragraph {
  /** Offset of the paragraph's first character in the canonical text. */
  start: number;
  /** Offset just past its last character (exclusive), not counting the line break. */
  end: number;
  /**
   * ProseMirror position of its first character: the sum over earlier
   * paragraphs of (length + 2), plus 1 for this paragraph's opening token.
   */
  pos: number;
}

/**
 * Which way to resolve an offset or position that is not inside any
 * paragraph's content (the blank lines between paragraphs, whitespace before
 * the first or after the last, or a doc position between two block nodes):
 * `1` means "the start of the following paragraph", `-1` "the end of the
 * preceding one". Same convention as ProseMirror's `assoc`. Where there is no
 * paragraph on the requested side, the other side is used.
 */
export type Assoc = -1 | 1;

/**
 * Splits canonical text into display paragraphs.
 *
 * Every line that contains a non-whitespace character is its own paragraph:
 * the canonical text stores one paragraph per line, and blank (or
 * whitespace-only) lines are just separators. Lines are kept verbatim,
 * including any leading or trailing spaces, so that the editor's text is
 * exactly the canonical text minus separators and offsets map one-to-one.
 * "\n", "\r\n" and a lone "\r" all end a line; the terminator is not part of
 * the paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  let pos = 1;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    if (m[0].trim().length === 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    paragraphs.push({ start, end, pos });
    pos += end - start + 2;
  }
  return paragraphs;
}

/** Index of the last paragraph whose `key` is <= value, or -1. */
function lastAtOrBefore(paragraphs: readonly Paragraph[], value: number, key: "start" | "pos"): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = paragraphs[mid];
    if (p !== undefined && p[key] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function checkInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

const contentEnd = (p: Paragraph): number => p.pos + (p.end - p.start);

/**
 * Converts a text offset to a ProseMirror position. Offsets inside a
 * paragraph (including exactly at its start or end) map exactly; offsets in
 * separators resolve by `assoc` (see {@link Assoc}). O(log n).
 *
 * @returns 0 when there are no paragraphs (an empty doc).
 * @throws RangeError for negative or non-integer offsets.
 */
export function offsetToPos(paragraphs: readonly Paragraph[], offset: number, assoc: Assoc = 1): number {
  checkInteger("offset", offset);
  const i = lastAtOrBefore(paragraphs, offset, "start");
  const here = paragraphs[i];
  if (here !== undefined && offset <= here.end) return here.pos + (offset - here.start);
  const next = paragraphs[i + 1];
  if (here !== undefined && (assoc === -1 || next === undefined)) return contentEnd(here);
  if (next !== undefined) return next.pos;
  return 0;
}

/**
 * Converts a ProseMirror position back to a text offset. Positions inside a
 * paragraph's content map exactly; positions between block nodes (or at the
 * very start or end of the doc) resolve by `assoc` (see {@link Assoc}). O(log n).
 *
 * @returns 0 when there are no paragraphs.
 * @throws RangeError for negative or non-integer positions.
 */
export function posToOffset(paragraphs: readonly Paragraph[], pos: number, assoc: Assoc = 1): number {
  checkInteger("pos", pos);
  const i = lastAtOrBefore(paragraphs, pos, "pos");
  const here = paragraphs[i];
  if (here !== undefined && pos <= contentEnd(here)) return here.start + (pos - here.pos);
  const next = paragraphs[i + 1];
  if (here !== undefined && (assoc === -1 || next === undefined)) return here.end;
  if (next !== undefined) return next.start;
  return 0;
}

/**
 * Pulls a span's ends inward past separators, so that a span starting at
 * the end of one paragraph starts at the next one, and a span ending at the
 * start of one paragraph ends at the previous one. Returns null if no
 * paragraph text is left.
 */
function trimToText(
  paragraphs: readonly Paragraph[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  const i = lastAtOrBefore(paragraphs, start, "start");
  const next = paragraphs[i + 1];
  const here = paragraphs[i];
  if (next !== undefined && (here === undefined || start >= here.end)) start = next.start;
  const j = lastAtOrBefore(paragraphs, end, "start");
  const last = paragraphs[j];
  const prev = paragraphs[j - 1];
  if (last !== undefined && end > last.end) end = last.end;
  else if (prev !== undefined && last !== undefined && end <= last.start) end = prev.end;
  return start < end ? { start, end } : null;
}

/**
 * Maps a text span `[start, end)` to a ProseMirror range `{ from, to }`,
 * suitable for a mark or an inline decoration even when it crosses
 * paragraphs (ProseMirror then skips the block boundaries in between).
 * Ends that fall in separators (or exactly on a paragraph boundary facing
 * away from the span) are pulled inward, so a highlight never reaches across
 * a line break it does not need.
 *
 * @returns null if no paragraph text is covered (the span is empty or lies
 * entirely within a separator).
 */
export function rangeToPositions(
  paragraphs: readonly Paragraph[],
  start: number,
  end: number,
): { from: number; to: number } | null {
  checkInteger("start", start);
  checkInteger("end", end);
  const span = trimToText(paragraphs, start, end);
  return span === null
    ? null
    : { from: offsetToPos(paragraphs, span.start, 1), to: offsetToPos(paragraphs, span.end, -1) };
}

/**
 * The inverse of {@link rangeToPositions}: turns an editor selection
 * `{ from, to }` into a text span, e.g. when an annotator highlights a new
 * claim. Block boundaries at either end are pulled inward the same way.
 *
 * @returns null if the selection covers no text.
 */
export function positionsToRange(
  paragraphs: readonly Paragraph[],
  from: number,
  to: number,
): { start: number; end: number } | null {
  if (to <= from) return null;
  return trimToText(paragraphs, posToOffset(paragraphs, from, 1), posToOffset(paragraphs, to, -1));
}

/** Minimal ProseMirror/TipTap JSON for the doc shape the mapping assumes. */
export interface DocJSON {
  type: "doc";
  content: Array<{ type: "paragraph"; content?: Array<{ type: "text"; text: string }> }>;
}

/**
 * Builds the editor document for `text`, one paragraph per entry of
 * `paragraphs` (normally `splitParagraphs(text)`). Built here rather than in
 * the editor so the mapping and the doc cannot drift apart. A text with no
 * paragraphs gets a single empty paragraph, because ProseMirror's `doc`
 * requires at least one block and text nodes may not be empty.
 */
export function buildDocJSON(text: string, paragraphs: readonly Paragraph[] = splitParagraphs(text)): DocJSON {
  if (paragraphs.length === 0) return { type: "doc", content: [{ type: "paragraph" }] };
  return {
    type: "doc",
    content: paragraphs.map((p) => ({
      type: "paragraph",
      content: [{ type: "text", text: text.slice(p.start, p.end) }],
    })),
  };
}
