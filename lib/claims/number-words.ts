/**
 * English number words → numbers ("one million", "ninety-nine", "half a
 * million", "two hundred and forty thousand").
 *
 * Works on pre-split lowercase words (hyphens already removed) so the same
 * code serves the tokenizer-driven spotter and plain strings.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers that close a group ("thousand", "million", ...). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/**
 * Vague plural magnitudes. By convention "Xs" means 2X–9X ("tens of
 * thousands" → 20,000–90,000; "hundreds" → 200–900): "tens" can't mean one
 * ten, and ten tens would have been called "hundreds".
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};

/** Lower and upper multipliers for the vague-plural convention above. */
export const VAGUE_RANGE = { low: 2, high: 9 } as const;

/** True for any word {@link parseNumberWords} could start or continue with. */
export function isNumberWord(word: string): boolean {
  return (
    word in UNITS || word in TENS || word in SCALE_WORDS || word === "hundred" || word === "dozen" || word === "half"
  );
}

/** Result of {@link parseNumberWords}: the value and how many words it used. */
export interface NumberWordsResult {
  value: number;
  used: number;
  /** True when a scale word ("thousand", "million", "dozen", ...) was used. */
  scaled: boolean;
}

type Last = "start" | "unit" | "teen" | "tens" | "hundred" | "scale";

/**
 * Parses the longest numeric prefix of `words` (lowercase, hyphen-split).
 *
 * "a"/"an" count as one only before "hundred"/scale/"dozen", and "and" only
 * between a hundred/scale and a following number, so "one and the same" or
 * "a week" are not swallowed. Returns null when no number starts at words[0].
 */
export function parseNumberWords(words: readonly string[]): NumberWordsResult | null {
  const half = parseHalfOf(words);
  if (half) return half;

  let total = 0;
  let current = 0;
  let last: Last = "start";
  let used = 0;
  let scaled = false;
  let best: NumberWordsResult | null = null;
  const commit = (): void => {
    best = { value: total + current, used, scaled };
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if ((w === "a" || w === "an") && last === "start") {
      if (next === "hundred" || next === "dozen" || (next !== undefined && next in SCALE_WORDS)) {
        current = 1;
        last = "unit";
        used = i + 1;
        continue;
      }
      break;
    }
    if (w === "and" && (last === "hundred" || last === "scale")) {
      if (next !== undefined && (next in UNITS || next in TENS)) continue;
      break;
    }
    if (w === "and" && next === "a" && words[i + 2] === "half" && last !== "start") {
      // "two and a half million": the half belongs to the group being built.
      current += 0.5;
      i += 2;
      used = i + 1;
      commit();
      continue;
    }
    if (w in UNITS) {
      if (last === "unit" || last === "teen") break;
      const n = UNITS[w];
      current += n;
      last = n >= 10 ? "teen" : "unit";
    } else if (w in TENS) {
      if (last === "unit" || last === "teen" || last === "tens") break;
      current += TENS[w];
      last = "tens";
    } else if (w === "hundred") {
      if (last === "hundred" || last === "start") break;
      current = (current || 1) * 100;
      last = "hundred";
      scaled = true;
    } else if (w === "dozen") {
      if (last === "start") break;
      current = (current || 1) * 12;
      last = "hundred";
      scaled = true;
    } else if (w in SCALE_WORDS) {
      if (last === "start") break;
      const scale = SCALE_WORDS[w];
      // "a thousand million" style stacking multiplies the whole so far.
      if (current === 0 && total > 0) total *= scale;
      else total += current * scale;
      current = 0;
      last = "scale";
      scaled = true;
    } else {
      break;
    }
    used = i + 1;
    commit();
  }
  return best;
}

/** "half a million", "half a dozen": half of the following scale. */
function parseHalfOf(words: readonly string[]): NumberWordsResult | null {
  if (words[0] !== "half" || (words[1] !== "a" && words[1] !== "an")) return null;
  const scaleWord = words[2];
  if (scaleWord === undefined) return null;
  const scale = scaleWord === "dozen" ? 12 : scaleWord === "hundred" ? 100 : SCALE_WORDS[scaleWord];
  if (scale === undefined) return null;
  return { value: scale / 2, used: 3, scaled: true };
}

/** Convenience for whole strings: "ninety-nine" → 99, "2 million" → null. */
export function wordsToNumber(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
  const parsed = parseNumberWords(words);
  return parsed && parsed.used === words.length ? parsed.value : null;
}
