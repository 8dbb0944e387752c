/**
 * Which grammar matches are worth showing a fact-checker.
 *
 * The grammar happily reads "20-month", "2016" or "one" as numbers; this
 * module decides they are a duration, a year and a pronoun. Each rule names
 * its reason so tests and the eval can explain a rejection.
 */
import { FURNITURE_NOUNS, IDENTIFIER_LABELS, MONTHS, TIME_UNITS, YEAR_PREPOSITIONS } from "./parse-figure-lexicon";
import type { FigureMatch } from "./parse-figure-grammar";
import { sameLine, type Token } from "./parse-figure-tokens";

/** Why a match is not suggested. */
export type RejectReason =
  | "date"
  | "time"
  | "phone"
  | "identifier"
  | "duration"
  | "adjective"
  | "furniture"
  | "year"
  | "small-word"
  | "bare-number"
  | "vague-without-noun"
  | "fraction-without-noun";

const YEAR_DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "last"]);
const FRACTION_BLOCKERS = new Set([
  "the",
  "first",
  "second",
  "other",
  "latter",
  "this",
  "that",
  "a",
  "an",
  "last",
  "each",
  "every",
]);

/** The word before token `i`, skipping an abbreviation dot ("Sept. 18"). */
function wordBefore(tokens: readonly Token[], i: number): Token | undefined {
  let k = i - 1;
  if (tokens[k]?.text === "." && tokens[k].gap === "") k--;
  const t = tokens[k];
  return t && t.type === "word" && sameLine(tokens[k + 1].gap) ? t : undefined;
}

const isMonth = (t: Token | undefined): boolean => t !== undefined && MONTHS.has(t.lower) && t.text[0] !== t.lower[0];

/**
 * True when the number is part of a date or clock time ("February 25",
 * "20 February", "10:32", "10 a.m."). Both parseFigure and the spotter
 * refuse these: a date is never a count, whatever the selection.
 */
export function isCalendarOrClock(tokens: readonly Token[], m: FigureMatch): "date" | "time" | null {
  const n = m.number;
  if (n.form !== "digits" || n.scaled || n.percent) return null;
  if (isMonth(wordBefore(tokens, n.start))) return "date";
  const next = tokens[n.end + 1];
  if (next && sameLine(next.gap) && isMonth(next)) return "date";
  if (next && sameLine(next.gap) && (next.lower === "am" || next.lower === "pm")) return "time";
  const dot = tokens[n.end + 2];
  const m2 = tokens[n.end + 3];
  if (
    (next?.lower === "a" || next?.lower === "p") &&
    dot?.text === "." &&
    dot.gap === "" &&
    m2?.lower === "m" &&
    m2.gap === ""
  ) {
    return "time";
  }
  return null;
}

function isPhoneLike(tokens: readonly Token[], m: FigureMatch): boolean {
  const n = m.number;
  if (n.form !== "digits") return false;
  const prev = tokens[n.start - 1];
  if (prev?.text === "+" && tokens[n.start].gap === "") return true;
  const last = m.upper ?? n;
  const sep = tokens[last.end + 1];
  // "123-456-7890": a third glued group after what looked like a range.
  if (
    sep &&
    (sep.text === "-" || sep.text === ".") &&
    sep.gap === "" &&
    tokens[last.end + 2]?.type === "num" &&
    tokens[last.end + 2].gap === ""
  ) {
    return true;
  }
  return (
    m.upper !== undefined && /^\d{3}$/.test(n.raw) && /^\d{4}$/.test(m.upper.raw) && tokens[n.end + 1]?.text === "-"
  );
}

/** Returns why `m` should not be suggested, or null if it should be. */
export function rejectReason(tokens: readonly Token[], m: FigureMatch): RejectReason | null {
  const n = m.number;
  const calendar = isCalendarOrClock(tokens, m);
  if (calendar) return calendar;
  if (isPhoneLike(tokens, m)) return "phone";
  const introduced = m.start < n.start; // hedge, "between", or currency before the number
  const before = wordBefore(tokens, m.start);
  if (n.form === "digits" && !introduced && before && IDENTIFIER_LABELS.has(before.lower)) return "identifier";
  if (n.compound) {
    if (TIME_UNITS.has(n.compound)) return "duration";
    // "one-sided", "two-way": word numbers glued to nouns are adjectives, not counts.
    return n.form === "words" ? "adjective" : null;
  }
  const headWords = m.head.filter((t) => t.type === "word");
  if (headWords.some((t) => TIME_UNITS.has(t.lower))) return "duration";
  if (headWords.length > 0 && FURNITURE_NOUNS.has(headWords[0].lower)) return "furniture";
  if (m.currency || n.percent || m.upper?.percent) return null;

  if (n.yearLike && (m.upper === undefined || m.upper.yearLike) && !m.hasQualifier) {
    const afterDate = tokens[m.start - 1]?.text === "," && tokens[m.start - 2]?.type === "num";
    const capitalHead = headWords.length > 0 && headWords[0].text[0] !== headWords[0].lower[0];
    const yearPrep = before !== undefined && YEAR_PREPOSITIONS.has(before.lower);
    // "the 2015 agreement", "Syria's 2011 uprising": a year used as a modifier.
    const modifier = before !== undefined && (YEAR_DETERMINERS.has(before.lower) || /['’]s?$/.test(before.lower));
    // "between 2011 and 2016 things changed": the second year of a span.
    const link = tokens[m.start - 1];
    const spanEnd =
      (link?.lower === "and" || link?.lower === "to" || link?.text === "-") &&
      /^\d{4}$/.test(tokens[m.start - 2]?.text ?? "");
    // A headless year-like number stays a count only after a casualty verb ("killed 2000").
    const headless = headWords.length === 0 && m.kind !== "casualty";
    if (m.upper || headless || afterDate || capitalHead || yearPrep || spanEnd || modifier) return "year";
  }
  const hasHead = headWords.length > 0;
  const casualty = m.kind === "casualty";
  switch (n.form) {
    case "fraction":
      return hasHead && !(before && FRACTION_BLOCKERS.has(before.lower)) ? null : "fraction-without-noun";
    case "vague":
      return hasHead || casualty || n.scaled || m.hasQualifier ? null : "vague-without-noun";
    case "words":
      // "two sides", "one thing": small word numbers are prose, not statistics,
      // unless they count casualties or are hedged ("at least three countries").
      if (!n.scaled && !m.upper?.scaled) return casualty || (m.hasQualifier && hasHead) ? null : "small-word";
      return null;
    case "digits":
      return introduced || hasHead || casualty || n.scaled || m.upper?.scaled ? null : "bare-number";
  }
}
