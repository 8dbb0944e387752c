/**
 * Claims are stored with UTF-16 offsets (what JavaScript strings and the editor count); the W3C
 * model, Python and most other tools count code points. The two differ by one for every astral
 * character (an emoji, a rare CJK ideograph: a surrogate pair in UTF-16) before the offset.
 * Exports convert at export time from the article's text; nothing is stored twice.
 */

/** UTF-16 indexes of the astral characters (their high surrogates) in a text, ascending; none for most texts. */
export function astralPositions(text: string): number[] {
  const positions: number[] = [];
  const first = text.search(/[\uD800-\uDBFF]/);
  if (first === -1) return positions;
  for (let i = first; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        positions.push(i);
        i++;
      }
    }
  }
  return positions;
}

/** A UTF-16 offset into a text as a code-point offset, given the text's `astralPositions`. */
export function codePointOffset(positions: readonly number[], utf16: number): number {
  // Pairs that start before the offset each count one code point for two units.
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < utf16) lo = mid + 1;
    else hi = mid;
  }
  return utf16 - lo;
}

/** Astral positions per article id, for the articles of one export that have any. */
export type AstralIndex = ReadonlyMap<string, readonly number[]>;

const NONE: readonly number[] = [];

/** A claim's span in code points. */
export function codePointSpan(index: AstralIndex, articleId: string, start: number, end: number) {
  const positions = index.get(articleId) ?? NONE;
  return { codePointStart: codePointOffset(positions, start), codePointEnd: codePointOffset(positions, end) };
}
