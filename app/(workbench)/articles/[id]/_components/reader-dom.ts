/**
 * DOM lookups over the reader's text. Server-drawn paragraphs and editor-drawn ones both give
 * each claim its own elements with `data-claim-id`, so what sits under the pointer is found by
 * walking up from the event target, whichever drew it.
 */
import type { Paragraph } from "@/lib/anchors/paragraphs";
import type { ClaimSpan } from "@/lib/editor/claim-spans";

/** What is under one spot of the text: every claim drawn there and the suggestion, if any. */
export interface Hit {
  claimIds: string[];
  suggestionKey: string | null;
  /** The innermost highlight element (for positioning a tooltip). */
  element: HTMLElement | null;
}

/** Claim ids and suggestion key on `target` and its ancestors inside `root`. */
export function hitAt(target: EventTarget | null, root: HTMLElement): Hit {
  const hit: Hit = { claimIds: [], suggestionKey: null, element: null };
  for (let el = target instanceof Element ? target : null; el && el !== root; el = el.parentElement) {
    if (!(el instanceof HTMLElement)) continue;
    const id = el.dataset.claimId;
    if (id) {
      hit.claimIds.push(id);
      hit.element ??= el;
    }
    if (hit.suggestionKey === null && el.dataset.suggestionKey) hit.suggestionKey = el.dataset.suggestionKey;
  }
  return hit;
}

/** Of the claims at one spot, the one with the shortest span (latest start on ties): the one the reader means. */
export function innermost(ids: readonly string[], span: (id: string) => ClaimSpan | undefined): string | null {
  let best: ClaimSpan | null = null;
  for (const id of ids) {
    const s = span(id);
    if (!s) continue;
    if (
      !best ||
      s.end - s.start < best.end - best.start ||
      (s.end - s.start === best.end - best.start && s.start > best.start)
    )
      best = s;
  }
  return best?.id ?? null;
}

/** Every claim covering `offset`, innermost first. */
export function claimsCovering(spans: Iterable<ClaimSpan>, offset: number): string[] {
  const found: ClaimSpan[] = [];
  for (const s of spans) if (s.start <= offset && offset < s.end) found.push(s);
  return found.sort((a, b) => a.end - a.start - (b.end - b.start)).map((s) => s.id);
}

/**
 * Where the window's selection is in the reader's text, as text offsets (`anchor` where it
 * started, `head` where it ends), when both ends are inside the paragraphs under `root` (its
 * element children, one per paragraph); else null. Read from the DOM, so it works before the
 * editor exists.
 */
export function selectionOffsets(
  root: HTMLElement,
  paragraphs: readonly Paragraph[],
): { anchor: number; head: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  const offsetAt = (node: Node, offset: number): number | null => {
    if (node === root) return paragraphs[offset]?.start ?? paragraphs[paragraphs.length - 1]?.end ?? null;
    let block: Node | null = node;
    while (block && block.parentNode !== root) block = block.parentNode;
    if (!block) return null;
    const paragraph = paragraphs[Array.prototype.indexOf.call(root.children, block)];
    if (!paragraph) return null;
    const before = root.ownerDocument.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    return paragraph.start + before.toString().length;
  };
  const anchor = offsetAt(selection.anchorNode, selection.anchorOffset);
  const head = offsetAt(selection.focusNode, selection.focusOffset);
  return anchor === null || head === null ? null : { anchor, head };
}
