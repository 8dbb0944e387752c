/**
 * An honest account of what an HTML import leaves out, block by block. The page's chrome (nav,
 * aside, footer, dialogs, small forms, figure captions) is set aside first with its own reason;
 * Readability then picks the main text out of the rest, and every block of the page it did not
 * keep is recorded as "not-main-content". `cleanText` runs over the blocks Readability kept, and
 * all removals are indexed among every block of the page in document order, so each one can be
 * restored into place like any other removed block (see `withBlockRestored`).
 */
import type { RemovalReason } from "../cleaning/boilerplate-rules";
import { cleanText, type RemovedBlock } from "../cleaning/clean-text";
import { blockKey, normalizeRaw, splitBlocks } from "../cleaning/text-blocks";

/** Page chrome set aside before Readability runs, with the reason recorded for its blocks. */
const CHROME: readonly { selector: string; reason: RemovalReason }[] = [
  { selector: 'nav, [role="navigation"]', reason: "navigation" },
  { selector: 'aside, [role="complementary"]', reason: "sidebar" },
  { selector: 'footer, [role="contentinfo"]', reason: "footer" },
  { selector: 'dialog, [role="dialog"], [role="alertdialog"]', reason: "dialog" },
  { selector: "figcaption", reason: "caption" },
];

/** The tag of the stand-in left where a chrome element was, to find its place among the blocks. */
const STAND_IN = "cb-set-aside";

/** One block of the page, in document order; `reason` when it is left out before `cleanText`. */
interface PageBlock {
  text: string;
  reason?: RemovalReason;
}

/**
 * Replaces each outermost chrome element (and each small form `forms` names) with a stand-in,
 * returning the blocks each stand-in stands for. Run before Readability, on the document it reads.
 */
export function setChromeAside(
  document: Document,
  forms: readonly Element[],
  paragraphsOf: (root: Element) => string[],
): PageBlock[][] {
  const found: { el: Element; reason: RemovalReason }[] = [];
  for (const { selector, reason } of CHROME) {
    for (const el of Array.from(document.querySelectorAll(selector))) found.push({ el, reason });
  }
  for (const el of forms) found.push({ el, reason: "form" });
  const outermost = found.filter(({ el }) => !found.some((o) => o.el !== el && o.el.contains(el)));
  return outermost.map(({ el, reason }, i) => {
    const blocks = paragraphsOf(el).map((text) => ({ text, reason }));
    const standIn = document.createElement(STAND_IN);
    standIn.setAttribute("data-i", String(i));
    el.replaceWith(standIn);
    return blocks;
  });
}

/** The stand-ins' places in the page's block list: "\u0000i" marks stand-in i. */
export const standInMarker = (el: Element): string | null =>
  el.localName === STAND_IN ? `\u0000${el.getAttribute("data-i") ?? ""}` : null;

/** Removes the stand-ins, so Readability reads the page without them. */
export function dropStandIns(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(STAND_IN))) el.remove();
}

/**
 * The whole page's blocks (with stand-in markers) and the blocks Readability kept, into the
 * canonical text and every block left out. Readability's blocks are matched to the page's in
 * order; a page block it did not keep is "not-main-content", a block it made that the page
 * walk did not (it rewrites some markup) is kept where it came.
 */
export function accountForBlocks(
  page: readonly string[],
  setAside: readonly PageBlock[][],
  kept: readonly string[] | null,
): { text: string; removed: RemovedBlock[] } {
  const sequence: PageBlock[] = [];
  const keys = page.map((t) => (t.startsWith("\u0000") ? null : blockKey(t)));
  const lastAt = new Map<string, number>();
  keys.forEach((key, i) => key !== null && lastAt.set(key, i));
  /** Whether the page has a block with this key at or after `i`. */
  const ahead = (key: string, i: number) => (lastAt.get(key) ?? -1) >= i;
  const wanted = (kept ?? []).map(blockKey);
  let k = 0;
  for (let i = 0; i < page.length; i++) {
    const text = page[i] ?? "";
    if (keys[i] === null) {
      sequence.push(...(setAside[Number(text.slice(1))] ?? []));
      continue;
    }
    if (!kept) {
      sequence.push({ text });
      continue;
    }
    // Readability's blocks the page walk does not have come in before the next one it does.
    while (k < wanted.length && !ahead(wanted[k] ?? "", i)) sequence.push({ text: kept[k++] ?? "" });
    if (k < wanted.length && keys[i] === wanted[k]) {
      sequence.push({ text });
      k++;
    } else sequence.push({ text, reason: "not-main-content" });
  }
  while (kept && k < kept.length) sequence.push({ text: kept[k++] ?? "" });
  return cleanSequence(sequence);
}

/** `cleanText` over the blocks not yet left out; every removal indexed among all blocks. */
function cleanSequence(sequence: readonly PageBlock[]): { text: string; removed: RemovedBlock[] } {
  const blocks = sequence.flatMap((b) => {
    const text = normalizeRaw(b.text).replace(/\n+/g, " ").trim();
    return text ? [{ ...b, text }] : [];
  });
  const kept = blocks.filter((b) => !b.reason).map((b) => b.text);
  const cleaned = cleanText(kept.join("\n\n"));
  // cleanText sees one block per kept paragraph (each is one line); if not, only its own count.
  if (splitBlocks(normalizeRaw(kept.join("\n\n"))).length !== kept.length) return cleaned;
  const byIndex = new Map(cleaned.removed.map((r) => [r.index, r.reason]));
  const removed: RemovedBlock[] = [];
  let keptIndex = 0;
  blocks.forEach((b, index) => {
    const reason = b.reason ?? byIndex.get(keptIndex++);
    if (reason) removed.push({ text: b.text, reason, index });
  });
  return { text: cleaned.text, removed };
}
