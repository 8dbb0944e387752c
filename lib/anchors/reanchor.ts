/**
 * Re-finding stored claims after an article's canonical text changes.
 *
 * Strategy, cheapest and most certain first:
 *  1. the stored position still holds `exact` with its context intact;
 *  2. `exact` occurs verbatim somewhere: the occurrence whose surrounding
 *     text best matches the stored prefix/suffix wins, nearest to the old
 *     position on a tie (the old position itself, if it still holds `exact`,
 *     is one of the candidates, so it only loses to better context);
 *  3. `exact` occurs once whitespace runs are collapsed on both sides;
 *  4. fuzzy: diff-match-patch's bitap locates pieces of the quote and of its
 *     context near the old position, then a full alignment pins down the best
 *     span there, accepted only if it is similar enough to `exact`;
 *  5. otherwise the claim is an orphan. Nothing is ever dropped.
 */
import DiffMatchPatch from "diff-match-patch";
import { bestApproximateMatch, collapseWhitespace, contextScore, occurrences, type CollapsedText } from "./align";
import { buildSelectors, DEFAULT_CONTEXT_LENGTH, splitsSurrogatePair, type AnchorSelector } from "./selectors";

/** How a claim was placed in the new text. */
type PlacedStatus = "exact-position" | "moved" | "fuzzy";

/** Why a claim could not be placed. */
export type OrphanReason =
  /** The stored quote is empty (or only whitespace), so there is nothing to look for. */
  | "empty-quote"
  /** Nothing resembling the quote was found. */
  | "not-found"
  /** Something was found but was less similar to the quote than `minSimilarity`. */
  | "low-similarity";

/** A successful re-anchoring. For "fuzzy", `exact` is the new text, which differs from the stored one. */
interface Placement {
  status: PlacedStatus;
  start: number;
  end: number;
  exact: string;
}

/** A failed re-anchoring. */
interface Orphan {
  status: "orphan";
  reason: OrphanReason;
}

/** Result of {@link reanchor}. */
export type ReanchorResult = Placement | Orphan;

/** Tuning knobs for {@link reanchor}; defaults suit news-article edits. */
export interface ReanchorOptions {
  /** diff-match-patch `Match_Threshold` for locating quote pieces: 0 exact only, 1 anything. Default 0.5. */
  matchThreshold?: number;
  /**
   * diff-match-patch `Match_Distance`: how far (in code units) from the old
   * position a located piece may be before proximity costs it a full mismatch.
   * Default `max(1000, 2 × newText.length)`, so whole-paragraph moves are found.
   */
  matchDistance?: number;
  /** Minimum similarity (1 − Levenshtein ÷ longer length) for a fuzzy span. Default 0.8. */
  minSimilarity?: number;
  /** Context length for the selectors {@link reanchorAll} rebuilds. Default 32. */
  contextLength?: number;
}

/** diff-match-patch's bitap works on 32-bit integers, so patterns are capped at 32 chars. */
const MATCH_MAX_BITS = 32;
/** Context pieces shorter than this locate too many places to be worth a look. */
const MIN_CONTEXT_PIECE = 8;

interface Candidate extends Span {
  similarity: number;
  context: number;
}

/**
 * Finds where a stored claim belongs in `newText`.
 *
 * Never throws on odd stored selectors (negative or non-integer offsets are
 * treated as a hint only); an empty `exact` is an orphan.
 */
export function reanchor(newText: string, selector: AnchorSelector, options: ReanchorOptions = {}): ReanchorResult {
  const { exact, prefix, suffix } = selector;
  if (exact.trim().length === 0) return { status: "orphan", reason: "empty-quote" };
  const oldStart = Number.isFinite(selector.start)
    ? Math.max(0, Math.min(Math.trunc(selector.start), newText.length))
    : 0;

  // 1. Fast path: nothing around the claim changed.
  if (
    newText.startsWith(exact, oldStart) &&
    oldStart === selector.start &&
    contextScore(newText, oldStart, oldStart + exact.length, prefix, suffix) === 1
  ) {
    return { status: "exact-position", start: oldStart, end: oldStart + exact.length, exact };
  }

  // 2. Verbatim elsewhere (or at the old position with changed context).
  const spans = occurrences(newText, exact).map((start) => ({ start, end: start + exact.length }));
  const verbatim = pickByContext(newText, spans, selector, oldStart);
  if (verbatim !== null) {
    return { status: verbatim.start === selector.start ? "exact-position" : "moved", ...verbatim, exact };
  }

  // 3. Same words, different whitespace.
  const spaced = matchCollapsed(newText, selector, oldStart);
  if (spaced !== null) return { status: "fuzzy", ...spaced, exact: newText.slice(spaced.start, spaced.end) };

  // 4. Fuzzy.
  const minSimilarity = options.minSimilarity ?? 0.8;
  const best = fuzzy(newText, selector, oldStart, options, minSimilarity);
  if (best === null) return { status: "orphan", reason: "not-found" };
  if (best.similarity < minSimilarity) return { status: "orphan", reason: "low-similarity" };
  return { status: "fuzzy", start: best.start, end: best.end, exact: newText.slice(best.start, best.end) };
}

interface Span {
  start: number;
  end: number;
}

/** The span whose surroundings best match the stored context, nearest to `oldStart` on a tie; null if none. */
function pickByContext(text: string, spans: Span[], sel: AnchorSelector, oldStart: number): Span | null {
  let best: Span | null = null;
  let bestScore = -1;
  for (const span of spans) {
    const score = contextScore(text, span.start, span.end, sel.prefix, sel.suffix);
    if (
      score > bestScore ||
      (score === bestScore && best !== null && Math.abs(span.start - oldStart) < Math.abs(best.start - oldStart))
    ) {
      best = span;
      bestScore = score;
    }
  }
  return best;
}

// reanchorAll asks about the same text once per claim; keep the last one.
let collapsedCache: { source: string; collapsed: CollapsedText } | null = null;

function matchCollapsed(text: string, sel: AnchorSelector, oldStart: number): Span | null {
  if (collapsedCache?.source !== text) collapsedCache = { source: text, collapsed: collapseWhitespace(text) };
  const hay = collapsedCache.collapsed;
  const needle = collapseWhitespace(sel.exact).text;
  const spans = occurrences(hay.text, needle).map((k) => ({
    start: hay.starts[k] ?? 0,
    end: hay.ends[k + needle.length - 1] ?? 0,
  }));
  return pickByContext(text, spans, sel, oldStart);
}

/** Pieces of at most 32 chars, each with its offset in the quote: head, middle and tail. */
function quotePieces(exact: string): Array<{ text: string; offset: number }> {
  if (exact.length <= MATCH_MAX_BITS) return [{ text: exact, offset: 0 }];
  const tail = exact.length - MATCH_MAX_BITS;
  const pieces = [{ text: exact.slice(0, MATCH_MAX_BITS), offset: 0 }];
  if (exact.length > 2 * MATCH_MAX_BITS) {
    const mid = Math.floor((exact.length - MATCH_MAX_BITS) / 2);
    pieces.push({ text: exact.slice(mid, mid + MATCH_MAX_BITS), offset: mid });
  }
  pieces.push({ text: exact.slice(tail), offset: tail });
  return pieces;
}

function fuzzy(
  text: string,
  sel: AnchorSelector,
  oldStart: number,
  options: ReanchorOptions,
  minSimilarity: number,
): Candidate | null {
  const { exact, prefix, suffix } = sel;
  const len = exact.length;
  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = options.matchThreshold ?? 0.5;
  dmp.Match_Distance = options.matchDistance ?? Math.max(1000, 2 * text.length);
  // A deadline can make diffs non-minimal, which would make similarity depend on machine speed.
  dmp.Diff_Timeout = 0;

  // Guessed start positions of the quote in the new text.
  const guesses = new Set<number>([oldStart]);
  const locate = (pattern: string, expected: number, shift: number): void => {
    const at = dmp.match_main(text, pattern, Math.max(0, Math.min(expected, text.length)));
    if (at !== -1) guesses.add(at + shift);
  };
  for (const piece of quotePieces(exact)) locate(piece.text, oldStart + piece.offset, -piece.offset);
  const before = prefix.slice(-MATCH_MAX_BITS);
  if (before.length >= MIN_CONTEXT_PIECE) locate(before, oldStart - before.length, before.length);
  const after = suffix.slice(0, MATCH_MAX_BITS);
  if (after.length >= MIN_CONTEXT_PIECE) locate(after, oldStart + len, -len);

  // The window must absorb both the bitap guess's error and the length change
  // the similarity threshold still allows.
  const slack = Math.ceil(len * (1 - minSimilarity)) + MATCH_MAX_BITS;
  let best: Candidate | null = null;
  for (const window of mergeWindows([...guesses], len, slack, text.length)) {
    const hit = bestApproximateMatch(exact, text, window.from, window.to);
    if (hit === null) continue;
    let { start, end } = hit;
    if (splitsSurrogatePair(text, start)) start -= 1;
    if (splitsSurrogatePair(text, end)) end += 1;
    const found = text.slice(start, end);
    const distance = dmp.diff_levenshtein(dmp.diff_main(exact, found, false));
    const candidate: Candidate = {
      start,
      end,
      similarity: 1 - distance / Math.max(len, found.length),
      context: contextScore(text, start, end, prefix, suffix),
    };
    if (best === null || better(candidate, best, oldStart)) best = candidate;
  }
  return best;
}

function better(a: Candidate, b: Candidate, oldStart: number): boolean {
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  if (a.context !== b.context) return a.context > b.context;
  return Math.abs(a.start - oldStart) < Math.abs(b.start - oldStart);
}

/** Turns guessed starts into disjoint search windows, merging ones that overlap. */
function mergeWindows(
  starts: number[],
  len: number,
  slack: number,
  textLength: number,
): Array<{ from: number; to: number }> {
  const windows = starts
    .map((s) => ({ from: Math.max(0, s - slack), to: Math.min(textLength, s + len + slack) }))
    .sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else merged.push({ ...w });
  }
  return merged;
}

/** A claim that was placed, with selectors rebuilt against the new text. */
type PlacedClaim<Id> = { id: Id; status: PlacedStatus } & AnchorSelector;

/** A claim that could not be placed, with its selector exactly as stored. */
interface OrphanedClaim<Id> {
  id: Id;
  selector: AnchorSelector;
  reason: OrphanReason;
}

/** Result of {@link reanchorAll}: every input claim is in exactly one list, in input order. */
export interface ReanchorAllResult<Id> {
  placed: Array<PlacedClaim<Id>>;
  orphans: Array<OrphanedClaim<Id>>;
}

/**
 * Re-anchors every claim of an article against its new text. Claims may
 * carry extra fields (e.g. whole database rows); only the selector fields are
 * read and only those are echoed back.
 */
export function reanchorAll<Id>(
  newText: string,
  claims: ReadonlyArray<{ id: Id } & AnchorSelector>,
  options: ReanchorOptions = {},
): ReanchorAllResult<Id> {
  const result: ReanchorAllResult<Id> = { placed: [], orphans: [] };
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  for (const claim of claims) {
    const { id, start, end, exact, prefix, suffix } = claim;
    const outcome = reanchor(newText, { start, end, exact, prefix, suffix }, options);
    if (outcome.status === "orphan") {
      result.orphans.push({ id, selector: { start, end, exact, prefix, suffix }, reason: outcome.reason });
    } else {
      result.placed.push({
        id,
        status: outcome.status,
        ...buildSelectors(newText, outcome.start, outcome.end, contextLength),
      });
    }
  }
  return result;
}
