/**
 * Shared primitives for turning raw article text into paragraphs ("blocks")
 * and comparing them. Block indices reported by `cleanText` refer to the
 * array returned by `splitBlocks(normalizeRaw(raw))`.
 */

// Zero-width characters and the BOM are invisible yet break equality checks
// and annotation offsets, so they never belong in canonical text.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every Unicode space separator (NBSP, thin space, ideographic space…) plus tab.
const HSPACE = /[\t\f\v\p{Zs}]+/gu;

/**
 * Line endings to LF, Unicode to NFC, invisible characters removed, runs of
 * horizontal whitespace collapsed to one space and each line trimmed.
 */
export function normalizeRaw(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\u0085]/g, "\n")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(HSPACE, " ").trim())
    .join("\n");
}

const ENDS_SENTENCE_OR_LABEL = /[.!?:;"”’)\]…|]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/**
 * Splits normalized text into blocks: every non-blank line is its own block,
 * except that a line continuing in lowercase after a line with no closing
 * punctuation is joined to it, because that is a hard-wrapped paragraph
 * (e-mail style) rather than a caption, byline or heading.
 */
export function splitBlocks(normalized: string): string[] {
  const blocks: string[] = [];
  let previousLineJoinable = false;
  for (const line of normalized.split("\n")) {
    if (line === "") {
      previousLineJoinable = false;
      continue;
    }
    if (previousLineJoinable && STARTS_LOWERCASE.test(line)) {
      blocks[blocks.length - 1] += ` ${line}`;
    } else {
      blocks.push(line);
    }
    previousLineJoinable = !ENDS_SENTENCE_OR_LABEL.test(line);
  }
  return blocks;
}

/**
 * Comparison key: lowercase letters and digits only. Two copies of a block
 * that differ only in quote style, dashes, ellipses or digit grouping
 * ("260 000" vs "260,000") get the same key.
 */
export function blockKey(block: string): string {
  return block.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Number of whitespace-separated words that contain a letter or digit. */
export function wordCount(block: string): number {
  let n = 0;
  for (const token of block.split(" ")) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** True when a block has no letter or digit at all (separators, bullets, dashes). */
export function isEmptyBlock(block: string): boolean {
  return !/[\p{L}\p{N}]/u.test(block);
}

/**
 * Heuristic for running prose: long enough and ending like a sentence. Used
 * to find where the article body starts, so that header-only rules (datelines,
 * bylines, mastheads) never reach the body.
 */
function isProse(block: string): boolean {
  const words = wordCount(block);
  return words >= 25 || (words >= 12 && /[.!?"”’)]$/.test(block));
}

/** Index of the first prose block, or `blocks.length` when there is none. */
export function firstProseIndex(blocks: readonly string[]): number {
  const i = blocks.findIndex(isProse);
  return i === -1 ? blocks.length : i;
}

/** True for a block that reads like a headline: short, not a sentence ending in a period. */
export function looksLikeHeadline(block: string): boolean {
  const words = wordCount(block);
  return words >= 2 && words <= 25 && block.length <= 200 && !/[.:;,|]$/.test(block);
}
