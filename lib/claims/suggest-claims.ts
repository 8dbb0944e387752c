/**
 * Offline spotter for casualty and quantity figures in an article's
 * canonical text. Pure regex/grammar: no model, no network, linear time.
 */
import type { ClaimKind, Qualifier } from "./vocabulary";
import { matchFigureAt, mayStartFigure, type FigureMatch } from "./parse-figure-grammar";
import { tokenize, type Token } from "./parse-figure-tokens";
import { rejectReason } from "./suggest-claims-policy";

/** A figure the annotator may accept as a claim, anchored in the text. */
export interface Suggestion {
  /** UTF-16 offset of the first code unit (`text.slice(start, end) === exact`). */
  start: number;
  /** UTF-16 offset just past the span (exclusive). */
  end: number;
  exact: string;
  kind: ClaimKind;
  value: number;
  qualifier: Qualifier;
  valueMax?: number;
  unit?: string;
}

/**
 * Finds casualty figures ("at least 500 people have been killed") and other
 * statistics ("more than one million Syrians", "tens of thousands of
 * Syrians") in `text`.
 *
 * Spans cover hedge + number + counted noun (+ casualty verb), never start or
 * end in whitespace, and never overlap; results are sorted by `start`.
 * Dates, years, clock times, ordinals, durations ("20-month war"), phone
 * numbers, identifiers ("Chapter 7") and page chrome ("1 comment") are
 * skipped.
 */
export function suggestClaims(text: string): Suggestion[] {
  const tokens = tokenize(text);
  const out: Suggestion[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = mayStartFigure(tokens[i]) ? matchFigureAt(tokens, i) : null;
    if (m && rejectReason(tokens, m) === null) {
      out.push(toSuggestion(text, tokens, m));
      // Scanning resumes after the span, which is what keeps results disjoint.
      i = m.end + 1;
    } else {
      i++;
    }
  }
  return out;
}

function toSuggestion(text: string, tokens: readonly Token[], m: FigureMatch): Suggestion {
  const start = tokens[m.start].start;
  const end = tokens[m.end].end;
  const s: Suggestion = {
    start,
    end,
    exact: text.slice(start, end),
    kind: m.kind,
    value: m.value,
    qualifier: m.qualifier,
  };
  if (m.valueMax !== undefined) s.valueMax = m.valueMax;
  if (m.unit !== undefined) s.unit = m.unit;
  return s;
}
