/**
 * How likely another claim is evidence for (or against) a claim, from what is at hand offline:
 * the same kind, similar wording, a close value, a close date. Each signal adds to a score in
 * [0, 1] and says why in plain words; weights favour wording and value, which are what make two
 * claims about the same fact, over kind, which many unrelated claims share.
 */

export interface ScoredClaim {
  kind: string;
  exact: string;
  unit: string | null;
  value: number | null;
  date: Date | null;
}

export interface SuggestionScore {
  score: number;
  reasons: string[];
}

/** Score a suggestion needs to be shown. */
export const SUGGESTION_THRESHOLD = 0.35;

const WEIGHTS = { kind: 0.25, wording: 0.35, value: 0.25, date: 0.15 } as const;

const STOPWORDS = new Set(
  "the a an and or of to in on at by for from with as is are was were be been have has had that this these those than more over about least up its their his her it they he she who which what since said says say according".split(
    " ",
  ),
);

/** Content words: lower case, digits kept whole ("30,000" → "30000"), a plural "s" dropped. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .replace(/(\d),(?=\d{3})/g, "$1")
    .split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    words.add(/^\p{L}+s$/u.test(raw) && raw.length > 3 ? raw.slice(0, -1) : raw);
  }
  return words;
}

function shared(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((w) => b.has(w));
}

function monthsApart(a: Date, b: Date): number {
  return Math.abs((a.getUTCFullYear() - b.getUTCFullYear()) * 12 + a.getUTCMonth() - b.getUTCMonth());
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

export function scoreSuggestion(claim: ScoredClaim, candidate: ScoredClaim): SuggestionScore {
  let score = 0;
  const reasons: string[] = [];
  if (claim.kind === candidate.kind) {
    score += WEIGHTS.kind;
    reasons.push("same kind");
  }

  const mine = contentWords(`${claim.exact} ${claim.unit ?? ""}`);
  const theirs = contentWords(`${candidate.exact} ${candidate.unit ?? ""}`);
  const common = shared(mine, theirs);
  const union = new Set([...mine, ...theirs]).size;
  const jaccard = union === 0 ? 0 : common.length / union;
  if (common.length > 0) {
    // Half the words in common is already as similar as two wordings of one fact get.
    score += WEIGHTS.wording * Math.min(1, jaccard / 0.5);
    reasons.push(
      `similar wording (${common
        .slice(0, 3)
        .map((w) => `“${w}”`)
        .join(", ")})`,
    );
  }

  if (claim.value !== null && candidate.value !== null && claim.value > 0 && candidate.value > 0) {
    const ratio = Math.max(claim.value, candidate.value) / Math.min(claim.value, candidate.value);
    if (ratio <= 10) {
      score += WEIGHTS.value * (1 - Math.log10(ratio));
      reasons.push(
        ratio <= 1.000001
          ? "same value"
          : ratio <= 1.5
            ? `close value (within ${percent(ratio - 1)})`
            : "same order of magnitude",
      );
    }
  }

  if (claim.date && candidate.date) {
    const months = monthsApart(claim.date, candidate.date);
    if (months <= 36) {
      score += WEIGHTS.date * (1 - months / 37);
      reasons.push(months === 0 ? "same month" : `${months} month${months === 1 ? "" : "s"} apart`);
    }
  }
  return { score: Math.round(score * 1000) / 1000, reasons };
}
