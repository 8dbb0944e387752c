/**
 * Tokenizer and digit-string reader for the figure grammar.
 *
 * One regex pass over the text; every later step looks at a bounded window
 * of tokens, which keeps the spotter linear in the article length.
 */

/** A word, a run of digits (with internal `,`/`.`), or one other character. */
export interface Token {
  text: string;
  lower: string;
  type: "num" | "word" | "punct";
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
  /** Whitespace between the previous token and this one ("" when glued). */
  gap: string;
}

// Digits keep internal separators only when a digit follows, so "2016," and
// "500." end cleanly. Words keep internal apostrophes ("Russia's").
const TOKEN_RE = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

/** Splits `text` into tokens carrying UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const raw = m[0];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      type: m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct",
      start,
      end: start + raw.length,
      gap: text.slice(prevEnd, start),
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** True when two tokens sit on the same line with at most ordinary spacing. */
export function sameLine(gap: string): boolean {
  return gap.length <= 3 && !gap.includes("\n") && !gap.includes("\r");
}

/** Single spaces allowed inside "260 000" (SI style): space, NBSP, thin, narrow NBSP. */
export function isGroupSpace(gap: string): boolean {
  return gap === " " || gap === "\u00A0" || gap === "\u2009" || gap === "\u202F";
}

/** Removes binary floating-point noise: 2.3 * 1e6 → 2300000, not 2299999.9999999995. */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Reads a digit string with separators.
 *
 * Separator policy (English-language news, but robust to European copy):
 * - commas before exactly three digits group thousands ("260,000");
 *   Indian "2,60,000" is accepted when the last group has three digits;
 * - a single comma before one or two digits is a decimal comma ("2,5 million");
 * - a dot before exactly three digits is a *European thousands separator*
 *   ("260.000" → 260000) unless a magnitude word follows ("2.500 million"
 *   stays 2.5 million): counts in news are never written to three decimal
 *   places, so the grouping reading is the likely one;
 * - any other single dot is a decimal point ("2.3");
 * - with both kinds present, the last separator is the decimal one
 *   ("1,234.5", "1.234,5");
 * - anything else ("20.02.2013", "1.2.3") is not a number.
 *
 * @param raw digits and separators, as tokenized
 * @param scaled whether a magnitude word/suffix follows
 */
export function parseDigits(raw: string, scaled: boolean): number | null {
  const groups = raw.split(/[.,]/);
  const seps = raw.replace(/\d/g, "");
  if (seps.length === 0) return Number(raw);
  const tail = groups.slice(1);
  const allThree = tail.every((g) => g.length === 3);
  const onlyComma = !seps.includes(".");
  const onlyDot = !seps.includes(",");
  if (onlyComma) {
    if (allThree && groups[0].length <= 3) return Number(groups.join(""));
    const indian = tail.length > 1 && tail.at(-1)?.length === 3 && tail.slice(0, -1).every((g) => g.length === 2);
    if (indian && groups[0].length <= 2) return Number(groups.join(""));
    if (seps.length === 1 && tail[0].length <= 2) return Number(`${groups[0]}.${tail[0]}`);
    return null;
  }
  if (onlyDot) {
    if (seps.length === 1) {
      const european = tail[0].length === 3 && !scaled && groups[0].length <= 3 && groups[0] !== "0";
      return european ? Number(groups.join("")) : Number(raw);
    }
    return allThree && groups[0].length <= 3 ? Number(groups.join("")) : null;
  }
  const decimalSep = seps.at(-1);
  const intPart = groups.slice(0, -1);
  const thousandsSep = decimalSep === "." ? "," : ".";
  if (
    seps
      .slice(0, -1)
      .split("")
      .some((s) => s !== thousandsSep)
  )
    return null;
  if (!intPart.slice(1).every((g) => g.length === 3) || intPart[0].length > 3) return null;
  return Number(`${intPart.join("")}.${groups.at(-1) ?? ""}`);
}
