/**
 * The figure grammar shared by {@link parseFigure} and {@link suggestClaims}:
 *
 *   figure := [hedge | "between" | "from"] [currency] number
 *             [("-" | "to" | "and") number] ["of"] [determiner] [counted noun]
 *             [auxiliaries casualty-word]
 *
 * It reports what it saw (form, year-likeness, head noun...) and leaves the
 * "is this worth suggesting?" policy to the spotter.
 */
import type { Qualifier } from "./vocabulary";
import {
  AUXILIARIES,
  CASUALTY_WORDS,
  CURRENCIES,
  MONTHS,
  QUALIFIERS,
  STOP_WORDS,
  VERB_STOPS,
} from "./parse-figure-lexicon";
import { matchNumber, type NumberMatch } from "./parse-figure-number";
import { sameLine, type Token } from "./parse-figure-tokens";
import { SCALE_WORDS, VAGUE_PLURALS, isNumberWord } from "./number-words";

/** A figure found at a token position; `start`/`end` are inclusive token indices. */
export interface FigureMatch {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  unit?: string;
  kind: "casualty" | "quantity";
  /** The (first) number, for the spotter's policy checks. */
  number: NumberMatch;
  /** Second number of a range, if any. */
  upper?: NumberMatch;
  hasQualifier: boolean;
  /** Counted-noun tokens, possibly empty. */
  head: Token[];
  currency?: string;
}

const QUALIFIER_FIRST_WORDS = new Set(QUALIFIERS.map((q) => q.words[0]));
const DASHES = new Set(["-", "–", "—"]);
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "this", "that", "all"]);
const ASIDE_OPENERS = new Set(["including", "among", "mostly", "most", "many", "some", "mainly", "both"]);
const SENTENCE_ENDS = new Set([".", ";", "!", "?", ":"]);
const CLAUSE_BREAKS = new Set([".", ";", ":", "!", "?", ",", "(", ")", '"', "“", "”", "|", "–", "—"]);

/** Cheap pre-filter: could a figure start at this token? */
export function mayStartFigure(t: Token): boolean {
  if (t.type === "num") return true;
  if (t.type === "punct") return t.text in CURRENCIES;
  const w = t.lower;
  return (
    QUALIFIER_FIRST_WORDS.has(w) ||
    isNumberWord(w) ||
    w in VAGUE_PLURALS ||
    w === "a" ||
    w === "an" ||
    w === "between" ||
    w === "from" ||
    w === "several" ||
    w === "us"
  );
}

/** Tries to read a figure starting exactly at token `i`. */
export function matchFigureAt(tokens: readonly Token[], i: number): FigureMatch | null {
  let j = i;
  let qualifier: Qualifier = "exact";
  let rangeMode: "and" | "to" | null = null;
  const hedge = matchQualifier(tokens, i);
  if (hedge) {
    qualifier = hedge.qualifier;
    j = hedge.next;
  } else if (tokens[i].lower === "between" || tokens[i].lower === "from") {
    rangeMode = tokens[i].lower === "between" ? "and" : "to";
    j = i + 1;
  }
  let currency: string | undefined;
  const c = tokens[j];
  if (c && c.lower === "us" && tokens[j + 1]?.text === "$" && tokens[j + 1].gap === "") {
    currency = "US$";
    j += 2;
  } else if (c && c.type === "punct" && c.text in CURRENCIES && tokens[j + 1]?.gap === "") {
    currency = CURRENCIES[c.text];
    j += 1;
  }
  if (j > i && (!tokens[j] || !sameLine(tokens[j].gap))) return null;
  const num = matchNumber(tokens, j);
  if (!num) return null;

  let end = num.end;
  let value = num.value;
  let valueMax: number | undefined;
  let upper: NumberMatch | undefined;
  if (num.form === "digits" || num.form === "words") {
    const link = tokens[end + 1];
    const linkOk =
      link &&
      sameLine(link.gap) &&
      (rangeMode === "and" ? link.lower === "and" : DASHES.has(link.text) || link.lower === "to");
    const cand = linkOk && !num.compound && !num.percent ? matchNumber(tokens, end + 2) : null;
    if (cand && (cand.form === "digits" || cand.form === "words") && sameLine(tokens[end + 2].gap)) {
      // "2-3 million": the first number borrows the second one's magnitude.
      const low =
        num.scale === 1 && cand.scale > 1 && num.value < cand.value / cand.scale ? num.value * cand.scale : num.value;
      if (cand.value > low) {
        value = low;
        valueMax = cand.value;
        upper = cand;
        qualifier = "range";
        end = cand.end;
      }
    }
  }
  if (rangeMode && !upper) return null;
  if (num.form === "vague") {
    // An explicit hedge ("more than thousands") beats the vague-range convention.
    if (!hedge) {
      qualifier = "range";
      valueMax = num.valueMax;
    }
  }

  const last = upper ?? num;
  let head: Token[] = [];
  let tail: Token | undefined;
  let unit: string | undefined = currency ?? (last.percent ? "%" : last.compound);
  if (!unit) {
    let k = end + 1;
    if ((num.form === "vague" || num.form === "fraction") && tokens[k]?.lower === "of") k++;
    if (num.form === "fraction" && DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
    const found = collectHead(tokens, k);
    head = found.head;
    if (head.length > 0) end = found.end;
    const tailIndex = findCasualtyTail(tokens, end + 1);
    if (tailIndex !== null && !head.some((h) => CASUALTY_WORDS.has(h.lower))) {
      tail = tokens[tailIndex];
      end = tailIndex;
    }
    if (head.length > 0 || tail) unit = joinHead(head, tail);
  }
  const casualty =
    !currency &&
    !last.percent &&
    (head.some((h) => CASUALTY_WORDS.has(h.lower)) ||
      tail !== undefined ||
      casualtyBefore(tokens, i) ||
      (head.length > 0 && casualtyAfterAside(tokens, end + 1)));
  return {
    start: i,
    end,
    value,
    valueMax,
    qualifier,
    unit,
    kind: casualty ? "casualty" : "quantity",
    number: num,
    upper,
    hasQualifier: hedge !== null,
    head,
    currency,
  };
}

function matchQualifier(tokens: readonly Token[], i: number): { qualifier: Qualifier; next: number } | null {
  if (!QUALIFIER_FIRST_WORDS.has(tokens[i].lower)) return null;
  for (const q of QUALIFIERS) {
    const ok = q.words.every((w, n) => {
      const t = tokens[i + n];
      return t !== undefined && t.lower === w && (n === 0 || sameLine(t.gap));
    });
    if (!ok) continue;
    let next = i + q.words.length;
    if (q.words[0] === "approx" && tokens[next]?.text === "." && tokens[next].gap === "") next++;
    return { qualifier: q.qualifier, next };
  }
  return null;
}

/**
 * Counted noun phrase: up to three content words ("people", "Syrian
 * refugees", "people dead"). Closed-class words end it, so verbs that follow
 * ("have fled") are not swallowed without needing a verb list.
 */
function collectHead(tokens: readonly Token[], k: number): { head: Token[]; end: number } {
  const head: Token[] = [];
  for (let words = 0; words < 3; words++) {
    const t = tokens[k];
    if (!t || t.type !== "word" || !sameLine(t.gap)) break;
    const w = t.lower;
    if (STOP_WORDS.has(w) || isNumberWord(w) || w in VAGUE_PLURALS || w in SCALE_WORDS) break;
    if (words > 0 && w.endsWith("ing") && !CASUALTY_WORDS.has(w)) break;
    // "20 February": a date, not twenty Februaries.
    if (MONTHS.has(w) && t.text[0] !== t.lower[0]) break;
    if (words > 0 && VERB_STOPS.has(w)) break;
    // "half of the city's 2.3m residents": a possessive only belongs to the
    // phrase when a noun follows it; before a number it starts a new figure.
    if (/['’]s?$|s['’]$/.test(w) && tokens[k + 1]?.type !== "word") break;
    head.push(t);
    k++;
    while (
      tokens[k]?.text === "-" &&
      tokens[k].gap === "" &&
      tokens[k + 1]?.type === "word" &&
      tokens[k + 1].gap === ""
    ) {
      head.push(tokens[k], tokens[k + 1]);
      k += 2;
    }
    if (CASUALTY_WORDS.has(w)) break;
  }
  return { head, end: k - 1 };
}

function joinHead(head: readonly Token[], tail: Token | undefined): string {
  let s = "";
  head.forEach((t, n) => {
    s += n > 0 && t.gap !== "" ? ` ${t.text}` : t.text;
  });
  if (tail) s += s ? ` ${tail.text}` : tail.text;
  return s;
}

/** "people have been killed": index of the casualty word if only auxiliaries precede it. */
function findCasualtyTail(tokens: readonly Token[], k: number): number | null {
  for (let n = 0; n < 4; n++) {
    const t = tokens[k + n];
    if (!t || t.type !== "word" || !sameLine(t.gap)) return null;
    if (CASUALTY_WORDS.has(t.lower)) return k + n;
    if (!AUXILIARIES.has(t.lower)) return null;
  }
  return null;
}

/**
 * "At least 43 people, including 12 children, were killed": the predicate
 * comes after an aside. Only affects the kind; the span stays tight.
 */
function casualtyAfterAside(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== "," || !ASIDE_OPENERS.has(tokens[k + 1]?.lower ?? "")) return false;
  for (let n = k + 2; n < tokens.length && n < k + 14; n++) {
    const t = tokens[n];
    if (t.text === ",") return findCasualtyTail(tokens, n + 1) !== null;
    if (SENTENCE_ENDS.has(t.text) || !sameLine(t.gap)) return false;
  }
  return false;
}

/**
 * "has killed more than 40,000 people": a casualty word among the three
 * words before the figure. "toll" reaches further ("the death toll from the
 * earthquake has passed 50,000") because it names the count itself.
 */
function casualtyBefore(tokens: readonly Token[], i: number): boolean {
  // Bounded in tokens, not just words, so runs of numbers stay linear.
  for (let k = i - 1, words = 0; k >= 0 && k >= i - 12 && words < 8; k--) {
    const t = tokens[k];
    if (!sameLine(tokens[k + 1].gap) || CLAUSE_BREAKS.has(t.text)) return false;
    if (t.type !== "word") continue;
    if (t.lower === "toll" || (words < 3 && CASUALTY_WORDS.has(t.lower))) return true;
    // "killed and half the population displaced": a new conjunct, not the object.
    if (t.lower === "and" || t.lower === "or" || t.lower === "but") return false;
    words++;
  }
  return false;
}
