/**
 * Turns an annotator's selected phrase into tagging-form defaults.
 */
import type { ClaimKind, Qualifier } from "./vocabulary";
import { matchFigureAt, mayStartFigure, type FigureMatch } from "./parse-figure-grammar";
import { tokenize } from "./parse-figure-tokens";
import { isCalendarOrClock, rejectReason } from "./suggest-claims-policy";

/** Form defaults read from a selected figure. */
export interface ParsedFigure {
  value: number;
  qualifier: Qualifier;
  /** Upper bound for `qualifier: "range"`. */
  valueMax?: number;
  /** What is counted, e.g. "people dead", "Syrians", "%", "month". */
  unit?: string;
  kind: Extract<ClaimKind, "casualty" | "quantity">;
}

/**
 * Parses a selected phrase such as "over 30,000 people dead" into
 * `{ value: 30000, qualifier: "more_than", unit: "people dead", kind: "casualty" }`.
 *
 * Conventions (shared with {@link suggestClaims}):
 * - "nearly"/"almost" → `about` (see parse-figure-lexicon for why);
 * - vague plurals span 2x–9x: "tens of thousands" → range 20,000–90,000,
 *   "hundreds" → 200–900;
 * - "260.000" is read as a European thousands separator (260000);
 * - "2.3m" is 2.3 million; "half the population" is 0.5 of the unit;
 * - durations are returned as quantities with a time unit ("20-month" →
 *   20 "month"): the selection was deliberate, so it is not second-guessed,
 *   but it is never a casualty count.
 *
 * The most figure-like candidate in the selection wins, so "one of the 500
 * killed" yields 500, not 1. Dates and clock times yield null, as does a
 * selection with no number at all.
 */
export function parseFigure(selection: string): ParsedFigure | null {
  const tokens = tokenize(selection);
  let fallback: FigureMatch | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartFigure(tokens[i])) continue;
    const m = matchFigureAt(tokens, i);
    if (!m || isCalendarOrClock(tokens, m)) continue;
    if (rejectReason(tokens, m) === null) return toParsed(m);
    fallback ??= m;
  }
  return fallback && toParsed(fallback);
}

function toParsed(m: FigureMatch): ParsedFigure {
  const p: ParsedFigure = { value: m.value, qualifier: m.qualifier, kind: m.kind };
  if (m.valueMax !== undefined) p.valueMax = m.valueMax;
  if (m.unit !== undefined) p.unit = m.unit;
  return p;
}
