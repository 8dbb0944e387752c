/**
 * Turns the plain text of a web article into Claimbench's canonical text:
 * one paragraph per block, blocks joined by a blank line, site chrome and
 * repeated copies removed. Annotations are anchored to this text, so the
 * function is pure and deterministic: same input, same output, always.
 *
 * Conservative by design: keyword rules only fire on short lines (see
 * `SHORT_LINE_WORDS`), header rules only before the first prose paragraph,
 * tails (comments, promos, author box) only after a recognised heading deep
 * in the page, and elsewhere a long paragraph is only ever removed as a copy
 * of text that is kept.
 */
import {
  classifyHeaderLine,
  classifyLine,
  headlineFollows,
  isNameOnly,
  mastheadName,
  tailHeading,
  type RemovalReason,
} from "./boilerplate-rules";
import { jaccard, shingles, tokenize } from "../duplicates/fingerprint";
import { blockKey, firstProseIndex, isEmptyBlock, normalizeRaw, splitBlocks, wordCount } from "./text-blocks";

/** A block left out of the canonical text, for review and audit. */
export interface RemovedBlock {
  text: string;
  reason: RemovalReason;
  /** Position in `splitBlocks(normalizeRaw(raw))`, i.e. the block index in the normalized raw. */
  index: number;
}

/** Canonical text plus everything that was removed from it. */
export interface CleanTextResult {
  /** Paragraphs joined by "\n\n"; no leading or trailing whitespace. */
  text: string;
  /** Removed blocks in document order. */
  removed: RemovedBlock[];
}

/** A tail heading counts only this deep into the page (share of characters before it). */
const STRONG_TAIL_DEPTH = 0.3;
const WEAK_TAIL_DEPTH = 0.5;
/** A promo list ends at a block this long: teasers run to about 25 words, news paragraphs longer. */
const PROMO_END_WORDS = 30;
/** An author box is the heading plus at most this many blocks (name, bio). */
const AUTHOR_BOX_BLOCKS = 2;
/** An immediate repeat up to this length is a caption; longer ones are duplicate paragraphs. */
const CAPTION_MAX_WORDS = 40;
/** Shorter blocks ("Update", "Q:") may legitimately recur and are only deduplicated inside a copied run. */
const DUP_MIN_WORDS = 5;
/**
 * Near-duplicate paragraphs (a copy with small edits) need this many words and
 * this word-sequence similarity (2·LCS / total words, as difflib's ratio): one
 * changed word in a 20-word paragraph scores 0.95, while shingle Jaccard would
 * already fall to about 0.8. Shingle overlap is only the cheap prefilter.
 */
const NEAR_DUP_MIN_WORDS = 12;
const NEAR_DUP_THRESHOLD = 0.9;
const NEAR_DUP_PREFILTER = 0.4;
/** Pull-quotes: a block of this size whose text reappears inside a longer paragraph. */
const PULL_QUOTE_MIN_WORDS = 10;
const PULL_QUOTE_MAX_WORDS = 60;

/** A block of the normalized raw with what the passes learn about it. */
interface Block {
  index: number;
  text: string;
  key: string;
  words: number;
  reason?: RemovalReason;
}

/** A block of the normalized raw with what the passes learn about it. */
interface Block {
  index: number;
  text: string;
  key: string;
  words: number;
  reason?: RemovalReason;
}

/**
 * Cleans raw article text.
 * @param raw Plain text as extracted from a page (any line endings, any Unicode form).
 * @returns Canonical text and the removed blocks with reasons and block indices.
 */
export function cleanText(raw: string): CleanTextResult {
  const texts = splitBlocks(normalizeRaw(raw));
  const blocks: Block[] = texts.map((text, index) => ({ index, text, key: blockKey(text), words: wordCount(text) }));
  classifyStructure(blocks, texts);
  removeCopies(blocks);
  const removed: RemovedBlock[] = [];
  const kept: string[] = [];
  for (const { text, reason, index } of blocks) {
    if (reason) removed.push({ text, reason, index });
    else kept.push(text);
  }
  return { text: kept.join("\n\n"), removed };
}

/** First pass: chrome, comment and promo tails, header lines, repeated captions. */
function classifyStructure(blocks: Block[], texts: readonly string[]): void {
  const bodyStart = firstProseIndex(texts);
  const total = texts.reduce((n, t) => n + t.length, 0) || 1;
  let before = 0; // characters before the current block, for the tail-depth rule
  let tail: { reason: RemovalReason; left: number } | undefined;
  let headlineSeen = false;

  for (const block of blocks) {
    const { index: i, text } = block;
    const depth = before / total;
    before += text.length;
    if (isEmptyBlock(text)) {
      block.reason = "empty";
      continue;
    }
    const heading = i > bodyStart ? tailHeading(text) : undefined;
    if (heading && (tail || depth >= (heading.strong ? STRONG_TAIL_DEPTH : WEAK_TAIL_DEPTH))) {
      block.reason = heading.reason;
      const left = heading.reason === "boilerplate" ? AUTHOR_BOX_BLOCKS : Number.POSITIVE_INFINITY;
      tail = { reason: heading.reason, left };
      continue;
    }
    if (tail?.reason === "promo" && block.words >= PROMO_END_WORDS) tail = undefined;
    if (tail && tail.left > 0) {
      block.reason = tail.reason;
      tail.left--;
      continue;
    }
    tail = undefined;
    const rule = captionRepeat(block, blocks[i - 1], blocks[i + 1]) ?? classifyLine(text);
    if (rule) {
      block.reason = rule;
      continue;
    }
    if (i < bodyStart) {
      const header = classifyHeaderLine(text);
      const masthead = !header && !headlineSeen && mastheadName(text, headlineFollows(texts, i + 1, bodyStart));
      if (header || masthead) {
        block.reason = header ?? "navigation";
        continue;
      }
      headlineSeen = true;
    }
  }
}

/** An immediate repeat, or a truncated teaser ("…in Zurich...") right before its full caption. */
function captionRepeat(block: Block, previous: Block | undefined, next: Block | undefined): RemovalReason | undefined {
  const { key } = block;
  if (!key) return undefined;
  if (previous?.key === key) return block.words <= CAPTION_MAX_WORDS ? "repeated-caption" : "duplicate-block";
  const truncated = /(?:\.\.\.|…)$/.test(block.text) && block.words >= 3;
  if (truncated && next && next.key.length > key.length && next.key.startsWith(key)) return "repeated-caption";
  return undefined;
}

/**
 * Second pass over the surviving blocks: later copies of a paragraph (exact
 * or with small edits, which also collapses a page that carries its whole body
 * twice), pull-quotes that repeat part of a paragraph, and the name line
 * printed under a pull-quote. The first copy is always the one kept.
 */
function removeCopies(blocks: readonly Block[]): void {
  const survivors = blocks.filter((b) => !b.reason);
  const keptKeys = new Set<string>();
  const keptLong: LongBlock[] = [];
  const pullQuotes: Block[] = [];

  for (const block of survivors) {
    if (block.words < DUP_MIN_WORDS) continue;
    if (keptKeys.has(block.key)) {
      block.reason = "duplicate-block";
      continue;
    }
    const own =
      block.words >= NEAR_DUP_MIN_WORDS
        ? { shingles: shingles(block.text, 3), tokens: tokenize(block.text) }
        : undefined;
    if (own && keptLong.some((k) => isNearCopy(k, own))) {
      block.reason = "duplicate-block";
      continue;
    }
    const quoteSized = block.words >= PULL_QUOTE_MIN_WORDS && block.words <= PULL_QUOTE_MAX_WORDS;
    if (quoteSized && survivors.some((o) => o.key.length > block.key.length && o.key.includes(block.key))) {
      block.reason = "duplicate-block";
      pullQuotes.push(block);
      continue;
    }
    keptKeys.add(block.key);
    if (own) keptLong.push(own);
  }

  removeShortCopiesInRuns(survivors);

  for (const quote of pullQuotes) {
    const next = blocks[quote.index + 1];
    if (next && !next.reason && isNameOnly(next.text)) next.reason = "boilerplate";
  }
}

type LongBlock = { shingles: Set<string>; tokens: string[] };

function isNearCopy(a: LongBlock, b: LongBlock): boolean {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  // Ratio can't reach the threshold when lengths differ this much, so skip the quadratic step.
  if (2 * short.length < NEAR_DUP_THRESHOLD * (short.length + long.length)) return false;
  if (jaccard(a.shingles, b.shingles) < NEAR_DUP_PREFILTER) return false;
  return (2 * lcsLength(short, long)) / (short.length + long.length) >= NEAR_DUP_THRESHOLD;
}

/** Length of the longest common subsequence of two token lists (two-row dynamic programme). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = [0];
    b.forEach((y, j) => {
      current.push(x === y ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, current[j] ?? 0));
    });
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Short blocks (subheadings like "– Lack of US commitment –") are removed as
 * copies only when every substantial neighbour around them is itself a copy,
 * i.e. they sit inside a duplicated run of the article.
 */
function removeShortCopiesInRuns(survivors: readonly Block[]): void {
  const substantial = survivors.filter((b) => b.words >= DUP_MIN_WORDS);
  const seen = new Set<string>();
  for (const block of survivors) {
    if (block.words >= DUP_MIN_WORDS || block.reason) continue;
    if (!seen.has(block.key)) {
      seen.add(block.key);
      continue;
    }
    const before = substantial.filter((b) => b.index < block.index).at(-1);
    const after = substantial.find((b) => b.index > block.index);
    const neighbours = [before, after].filter((b): b is Block => b !== undefined);
    if (neighbours.length > 0 && neighbours.every((b) => b.reason === "duplicate-block")) {
      block.reason = "duplicate-block";
    }
  }
}
