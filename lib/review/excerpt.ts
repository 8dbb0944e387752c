/**
 * The stretch of article text a reviewer needs around a claim: its paragraph, cut to a few
 * hundred characters either side at word boundaries. Offsets are UTF-16 code units into the
 * canonical text, `end` exclusive, as everywhere else.
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Text was cut before `before` / after `after` (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Characters of context each side; a paragraph end comes first when nearer. */
const EXCERPT_RADIUS = 280;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function excerptAround(text: string, start: number, end: number, radius = EXCERPT_RADIUS): Excerpt {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const paraStart = text.lastIndexOf("\n", from - 1) + 1;
  const nextBreak = text.indexOf("\n", to);
  const paraEnd = nextBreak === -1 ? text.length : nextBreak;

  let left = Math.max(paraStart, from - radius);
  let right = Math.min(paraEnd, to + radius);
  // Cut at a space so no word is shown half; keep the cut if there is no space to go to.
  if (left > paraStart) {
    const space = text.indexOf(" ", left);
    if (space !== -1 && space < from) left = space + 1;
  }
  if (right < paraEnd) {
    const space = text.lastIndexOf(" ", right);
    if (space > to) right = space;
  }
  // Never split a surrogate pair at the edges.
  if (left > 0 && isHighSurrogate(text.charCodeAt(left - 1))) left -= 1;
  if (right < text.length && isHighSurrogate(text.charCodeAt(right - 1))) right += 1;

  return {
    before: text.slice(left, from),
    match: text.slice(from, to),
    after: text.slice(to, right),
    clippedStart: left > 0,
    clippedEnd: right < text.length,
  };
}
