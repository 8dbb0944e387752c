/**
 * W3C-style selectors for claims anchored in an article's canonical text.
 *
 * All offsets are UTF-16 code-unit offsets (what `String.prototype.slice`
 * uses), `end` exclusive. That is also how ProseMirror counts text, so no
 * conversion is needed between the database and the editor.
 */

/** W3C TextPositionSelector: `[start, end)` in UTF-16 code units. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** W3C TextQuoteSelector: the quoted text plus some context on either side. */
interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What a claim stores: both selectors, so it can be re-found after edits. */
export type AnchorSelector = TextPositionSelector & TextQuoteSelector;

/** Default number of UTF-16 code units of context kept on each side. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/** Machine-readable reason a submitted span is unusable. */
type SpanProblemCode = "not-integer" | "inverted" | "empty" | "out-of-range" | "splits-surrogate" | "exact-mismatch";

/** A rejected span: which field is at fault and a sentence fit for a 422 body. */
export interface SpanProblem {
  code: SpanProblemCode;
  field: "start" | "end" | "exact";
  message: string;
}

/** True if `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Checks a client-submitted span against the canonical text.
 *
 * Returns the first problem found, or `null` if the span is usable. Order
 * matters: structural problems are reported before the `exact` comparison,
 * because a mismatch message for an impossible range would only confuse.
 */
export function validateSpan(text: string, span: { start: number; end: number; exact: string }): SpanProblem | null {
  const { start, end, exact } = span;
  for (const field of ["start", "end"] as const) {
    if (!Number.isSafeInteger(span[field])) {
      return {
        code: "not-integer",
        field,
        message: `"${field}" must be a whole number of UTF-16 code units, got ${String(span[field])}.`,
      };
    }
  }
  if (start > end) {
    return {
      code: "inverted",
      field: "start",
      message: `"start" (${start}) must not be greater than "end" (${end}).`,
    };
  }
  if (start === end) {
    return { code: "empty", field: "end", message: `The span is empty: "start" and "end" are both ${start}.` };
  }
  if (start < 0) {
    return { code: "out-of-range", field: "start", message: `"start" (${start}) must not be negative.` };
  }
  if (end > text.length) {
    return {
      code: "out-of-range",
      field: "end",
      message: `"end" (${end}) is past the end of the text (length ${text.length}).`,
    };
  }
  for (const field of ["start", "end"] as const) {
    if (splitsSurrogatePair(text, span[field])) {
      return {
        code: "splits-surrogate",
        field,
        message: `"${field}" (${span[field]}) falls inside a surrogate pair (e.g. an emoji); move it one code unit either way.`,
      };
    }
  }
  const actual = text.slice(start, end);
  if (exact !== actual) {
    return {
      code: "exact-mismatch",
      field: "exact",
      message: `"exact" does not match the text at [${start}, ${end}): expected ${preview(actual)}, got ${preview(exact)}.`,
    };
  }
  return null;
}

/** Keeps 422 bodies readable when a whole paragraph was submitted. */
function preview(s: string, max = 80): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);
}

/**
 * Builds the position and quote selectors for `[start, end)`.
 *
 * Context boundaries are nudged outward so prefix/suffix never begin or end
 * with half of a surrogate pair (which would not round-trip through JSON or
 * most databases as valid text).
 *
 * @throws RangeError if the span is not inside the text.
 */
export function buildSelectors(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): AnchorSelector {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`Invalid span [${start}, ${end}) for text of length ${text.length}`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd += 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const WHITESPACE = /^\s$/u;
/**
 * Characters that glue two word characters into one token: "30,000", "3.5",
 * "al-Assad", "don't", "O’Brien", "24/7". Only when flanked by word characters
 * on both sides, so a sentence-final "." or "," is never pulled in.
 */
const JOINERS = new Set([",", ".", "-", "\u2010", "\u2011", "'", "\u2019", "_", "/", ":"]);

/** The code point ending at `offset` (handles surrogate pairs), or "". */
function charBefore(text: string, offset: number): string {
  if (offset <= 0) return "";
  const back = offset >= 2 && splitsSurrogatePair(text, offset - 1) ? 2 : 1;
  return text.slice(offset - back, offset);
}

/** The code point starting at `offset` (handles surrogate pairs), or "". */
function charAt(text: string, offset: number): string {
  if (offset >= text.length) return "";
  const cp = text.codePointAt(offset);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

const isWord = (c: string): boolean => c !== "" && WORD_CHAR.test(c);
const isJoiner = (c: string): boolean => JOINERS.has(c);

/** True if the characters on either side of `offset` belong to one token. */
function insideToken(text: string, offset: number): boolean {
  const before = charBefore(text, offset);
  const after = charAt(text, offset);
  if (isWord(before) && isWord(after)) return true;
  if (isJoiner(before) && isWord(after)) return isWord(charBefore(text, offset - before.length));
  if (isWord(before) && isJoiner(after)) return isWord(charAt(text, offset + after.length));
  return false;
}

/**
 * Normalizes a user's selection: trims surrounding whitespace, then widens a
 * span that starts or ends mid-word out to the word's boundaries.
 *
 * Words are runs of Unicode letters, digits and combining marks, glued by a
 * single internal joiner (see `JOINERS`), so "30,000" and "al-Assad" stay
 * whole. Punctuation the user did not select is never added: selecting
 * "Assad" in "al-Assad." yields "al-Assad", not "al-Assad.". A span that is
 * all whitespace collapses to an empty span at its (trimmed) start, which
 * `validateSpan` then reports as empty. Offsets outside the text are clamped.
 */
export function snapToWords(text: string, start: number, end: number): TextPositionSelector {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  // Never hand back half an emoji: widen to the whole code point.
  if (splitsSurrogatePair(text, s)) s -= 1;
  if (splitsSurrogatePair(text, e)) e += 1;

  while (s < e && WHITESPACE.test(charAt(text, s))) s += charAt(text, s).length;
  while (e > s && WHITESPACE.test(charBefore(text, e))) e -= charBefore(text, e).length;
  if (s === e) return { start: s, end: s };

  while (s > 0 && insideToken(text, s)) s -= charBefore(text, s).length;
  while (e < text.length && insideToken(text, e)) e += charAt(text, e).length;
  return { start: s, end: e };
}
