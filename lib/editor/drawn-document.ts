/**
 * The reader's article text travels to the browser once: as the highlighted HTML the server
 * drew. The browser reads the canonical text back from that DOM (each paragraph's
 * `textContent`, a native call) instead of receiving it a second time in React's payload,
 * where it doubled the page and delayed hydration. What the DOM cannot say (the text between
 * paragraphs) and a digest of the text come with the page in a few bytes. The digest is
 * checked once the page is interactive, off the critical path: if the DOM was changed before
 * the reader read it (an extension rewrote the text, say), the reader fetches the article
 * instead of trusting it.
 *
 * Plain functions over the standard DOM, so they run in the browser and (with linkedom) in tests.
 */
import type { Paragraph } from "@/lib/anchors/paragraphs";

/** What the page sends beside the drawn HTML so the browser can read the text back. */
export interface DrawnLayout {
  /** Length of the canonical text (UTF-16 code units). */
  length: number;
  /**
   * The text outside paragraphs: before the first, between each two, after the last
   * (paragraphs + 1 pieces; the whole text when there is no paragraph), run-length encoded as
   * `[piece, times]` pairs. Usually a handful of pairs: "\n" or "\n\n" repeated.
   */
  gaps: [string, number][];
  /** {@link textDigest} of the text. */
  digest: string;
}

/** FNV-1a (32 bit) over UTF-16 code units: a check against accidental change, not a security measure. */
export function textDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length.toString(36)}.${(h >>> 0).toString(36)}`;
}

/** The layout of a text drawn as `paragraphs`. */
export function drawnLayout(text: string, paragraphs: readonly Paragraph[]): DrawnLayout {
  const gaps: [string, number][] = [];
  const add = (piece: string) => {
    const last = gaps[gaps.length - 1];
    if (last && last[0] === piece) last[1] += 1;
    else gaps.push([piece, 1]);
  };
  let at = 0;
  for (const p of paragraphs) {
    add(text.slice(at, p.start));
    at = p.end;
  }
  add(text.slice(at));
  return { length: text.length, gaps, digest: textDigest(text) };
}

/**
 * The text as drawn in the paragraphs under `root` (its element children), with the gaps put
 * back; null when the number of paragraphs or the length does not match `layout`. Cheap (one
 * native `textContent` per paragraph); confirm with {@link textDigest} when there is time.
 */
export function readDrawnText(root: Pick<Element, "children">, layout: DrawnLayout): string | null {
  const blocks = root.children;
  let count = 0;
  for (const [, times] of layout.gaps) count += times;
  if (blocks.length + 1 !== count) return null;
  const parts: string[] = [];
  let pair = 0;
  let used = 0;
  const gap = () => {
    const [piece, times] = layout.gaps[pair] ?? ["", 0];
    if (++used >= times) {
      pair++;
      used = 0;
    }
    return piece;
  };
  for (let b = 0; b < blocks.length; b++) {
    parts.push(gap(), blocks[b]?.textContent ?? "");
  }
  parts.push(gap());
  const text = parts.join("");
  return text.length === layout.length ? text : null;
}
