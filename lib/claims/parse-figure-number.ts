/**
 * Reads the numeric core of a figure from tokens: digits ("260 000",
 * "2.3m", "1.5 million"), words ("one million", "a dozen"), vague plurals
 * ("tens of thousands") and fractions ("half", "two-thirds").
 */
import { FRACTIONS, SUFFIX_SCALES } from "./parse-figure-lexicon";
import { isGroupSpace, parseDigits, sameLine, tidy, type Token } from "./parse-figure-tokens";
import { SCALE_WORDS, VAGUE_PLURALS, VAGUE_RANGE, isNumberWord, parseNumberWords } from "./number-words";

/** How the number was written; the spotter trusts each form differently. */
type NumberForm = "digits" | "words" | "vague" | "fraction";

/** A number found at a token position. `start`/`end` are inclusive token indices. */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  form: NumberForm;
  /** Magnitude word/suffix applied last (1 if none): lets "2-3 million" share it. */
  scale: number;
  /** True when a magnitude ("million", "dozen", "m") was part of the number. */
  scaled: boolean;
  /** Four bare digits in the range years are written in. */
  yearLike: boolean;
  /** Raw digit string, for phone/identifier checks. */
  raw: string;
  /** Noun glued by a hyphen, lowercase: "month" in "20-month", "nation" in "17-nation". */
  compound?: string;
  percent?: boolean;
}

const at = (tokens: readonly Token[], i: number): Token | undefined => tokens[i];
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };
const glued = (t: Token | undefined): t is Token => t !== undefined && t.gap === "";

/** Reads a number starting at token `j`, or null if none starts there. */
export function matchNumber(tokens: readonly Token[], j: number): NumberMatch | null {
  const t = at(tokens, j);
  if (!t) return null;
  if (t.type === "num") return matchDigits(tokens, j);
  if (t.type !== "word") return null;
  return matchVague(tokens, j) ?? matchFraction(tokens, j) ?? matchWords(tokens, j);
}

function matchDigits(tokens: readonly Token[], j: number): NumberMatch | null {
  const t = tokens[j];
  const prev = at(tokens, j - 1);
  // Glued to a word ("MH17"), another number, or "G-20": an identifier.
  if (glued(t) && prev && (prev.type !== "punct" || prev.text === ":" || prev.text === "/")) return null;
  if (glued(t) && prev?.text === "-" && glued(prev) && at(tokens, j - 2)?.type === "word") return null;

  let raw = t.text;
  let end = j;
  if (/^\d{1,3}$/.test(raw)) {
    for (
      let n = at(tokens, end + 1);
      n && end - j < 5 && n.type === "num" && /^\d{3}$/.test(n.text) && isGroupSpace(n.gap);
      n = at(tokens, end + 1)
    ) {
      raw += n.text;
      end++;
    }
  }
  const next = at(tokens, end + 1);
  if (
    next &&
    glued(next) &&
    (next.text === ":" || next.text === "/") &&
    glued(at(tokens, end + 2)) &&
    at(tokens, end + 2)?.type === "num"
  ) {
    return null; // 10:32, 9/11
  }
  let scale = 1;
  if (glued(next) && next.type === "word") {
    const suffix = SUFFIX_SCALES[next.lower];
    if (suffix === undefined) return null; // 1st, 1990s, 10am, 4G
    scale = suffix;
    end++;
  }
  for (let s = at(tokens, end + 1); s && s.type === "word" && sameLine(s.gap); s = at(tokens, end + 1)) {
    const m = s.lower === "hundred" ? 100 : SCALE_WORDS[s.lower];
    if (m === undefined) break;
    scale *= m;
    end++;
  }
  const base = parseDigits(raw, scale > 1);
  if (base === null) return null;
  const yearLike = scale === 1 && /^\d{4}$/.test(raw) && base >= 1500 && base <= 2100;
  const match: NumberMatch = {
    start: j,
    end,
    value: tidy(base * scale),
    form: "digits",
    scale,
    scaled: scale > 1,
    yearLike,
    raw,
  };
  return withSuffixes(tokens, match);
}

/** Hyphen compounds ("20-month") and percent signs after any number. */
function withSuffixes(tokens: readonly Token[], m: NumberMatch): NumberMatch {
  const dash = at(tokens, m.end + 1);
  const word = at(tokens, m.end + 2);
  if (
    !m.scaled &&
    dash?.text === "-" &&
    glued(dash) &&
    word?.type === "word" &&
    glued(word) &&
    !isNumberWord(word.lower)
  ) {
    m.compound = word.lower;
    m.end += 2;
    // "10-year-old": the first noun decides; the rest is the same adjective.
    while (
      at(tokens, m.end + 1)?.text === "-" &&
      glued(at(tokens, m.end + 1)) &&
      at(tokens, m.end + 2)?.type === "word" &&
      glued(at(tokens, m.end + 2))
    ) {
      m.end += 2;
    }
    return m;
  }
  const p = at(tokens, m.end + 1);
  if (p?.text === "%" && p.gap.length <= 1) {
    m.percent = true;
    m.end++;
  } else if (p && sameLine(p.gap) && (p.lower === "percent" || p.lower === "pct")) {
    m.percent = true;
    m.end++;
  } else if (p?.lower === "per" && at(tokens, m.end + 2)?.lower === "cent") {
    m.percent = true;
    m.end += 2;
  }
  return m;
}

function matchWords(tokens: readonly Token[], j: number): NumberMatch | null {
  const words: string[] = [];
  const index: number[] = [];
  for (let k = j; k < tokens.length && words.length < 14; k++) {
    const tk = tokens[k];
    if (words.length > 0 && !sameLine(tk.gap)) break;
    if (tk.type === "word" && (isNumberWord(tk.lower) || tk.lower === "a" || tk.lower === "an" || tk.lower === "and")) {
      words.push(tk.lower);
      index.push(k);
    } else if (
      tk.text === "-" &&
      glued(tk) &&
      words.length > 0 &&
      glued(at(tokens, k + 1)) &&
      isNumberWord(at(tokens, k + 1)?.lower ?? "")
    ) {
      continue;
    } else {
      break;
    }
  }
  const parsed = parseNumberWords(words);
  if (!parsed) return null;
  const lastWord = words[parsed.used - 1];
  const scale = lastWord === "hundred" ? 100 : lastWord === "dozen" ? 12 : (SCALE_WORDS[lastWord] ?? 1);
  const match: NumberMatch = {
    start: j,
    end: index[parsed.used - 1],
    value: tidy(parsed.value),
    form: "words",
    scale,
    scaled: parsed.scaled,
    yearLike: false,
    raw: "",
  };
  return withSuffixes(tokens, match);
}

function matchVague(tokens: readonly Token[], j: number): NumberMatch | null {
  const t = tokens[j];
  let unit = VAGUE_PLURALS[t.lower];
  let end = j;
  if (unit === undefined) {
    // "several thousand", "a few hundred": same 2x–9x convention as plurals.
    const fewStart = t.lower === "several" ? 1 : t.lower === "a" && at(tokens, j + 1)?.lower === "few" ? 2 : 0;
    const mag = at(tokens, j + fewStart);
    if (fewStart === 0 || !mag || !sameLine(mag.gap)) return null;
    const m =
      mag.lower === "hundred" ? 100 : mag.lower === "dozen" ? 12 : (SCALE_WORDS[mag.lower] ?? VAGUE_PLURALS[mag.lower]);
    if (m === undefined || m < 12) return null;
    unit = m;
    end = j + fewStart;
  }
  // "tens of thousands", "hundreds of millions": magnitudes multiply. Capped
  // so a pathological "thousands of thousands of ..." can't go quadratic.
  for (let links = 0; links < 3; links++) {
    const of = at(tokens, end + 1);
    const mag = at(tokens, end + 2);
    const m = mag ? VAGUE_PLURALS[mag.lower] : undefined;
    if (of?.lower !== "of" || !mag || m === undefined || m < 1000 || !sameLine(of.gap) || !sameLine(mag.gap)) break;
    unit *= m;
    end += 2;
  }
  return {
    start: j,
    end,
    value: tidy(VAGUE_RANGE.low * unit),
    valueMax: tidy(VAGUE_RANGE.high * unit),
    form: "vague",
    scale: unit,
    scaled: end > j,
    yearLike: false,
    raw: "",
  };
}

function matchFraction(tokens: readonly Token[], j: number): NumberMatch | null {
  const t = tokens[j];
  if (t.lower === "half") {
    const next = at(tokens, j + 1);
    if (next?.lower === "a" || next?.lower === "an") return null; // "half a million" is a number word
    return fraction(j, j, FRACTIONS.half);
  }
  const numerator = NUMERATORS[t.lower];
  if (numerator === undefined) return null;
  let k = j + 1;
  let noun = at(tokens, k);
  if (noun?.text === "-" && glued(noun)) {
    k++;
    noun = at(tokens, k);
    if (!glued(noun)) return null;
  } else if (!noun || !sameLine(noun.gap)) {
    return null;
  }
  const part = noun ? FRACTIONS[noun.lower] : undefined;
  if (!noun || part === undefined || noun.lower === "half") return null;
  // "one thirds" / "two third" are not fractions, just adjacent words.
  if ((numerator === 1) === noun.lower.endsWith("s")) return null;
  const single = noun.lower.startsWith("third") ? 1 / 3 : 1 / 4;
  return fraction(j, k, numerator * single);
}

function fraction(start: number, end: number, value: number): NumberMatch {
  return { start, end, value: tidy(value), form: "fraction", scale: 1, scaled: false, yearLike: false, raw: "" };
}
