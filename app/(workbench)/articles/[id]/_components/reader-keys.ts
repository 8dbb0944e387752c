/**
 * The reader's keyboard, as a pure mapping from a key press in the text to what it means, so
 * the component only carries the actions out, whether the editor has been built yet or the
 * browser's own selection is all there is. ProseMirror's own keys (arrows, Shift+arrows,
 * Home/End, Mod+A) keep moving the caret and selection; these come first.
 */
import type { Paragraph } from "@/lib/anchors/paragraphs";

export type ReaderKeyAction =
  /** Tag the selection: T or Enter with text selected. */
  | { type: "tag"; from: number; to: number }
  /** Open what is at the caret (a suggestion, else the innermost claim): Enter. */
  | { type: "open"; pos: number }
  /** Move the caret to the start of the next or previous paragraph (its index): Alt+↓ / Alt+↑. */
  | { type: "jump"; pos: number; index: number }
  /** Move the caret to the start of the next or previous claim: ] / [. */
  | { type: "claim"; pos: number; step: 1 | -1 }
  /** Close the claim panel: Esc. */
  | { type: "close" };

/** The selection in editor positions (`from` ≤ `to`). */
export interface ReaderSelection {
  from: number;
  to: number;
  empty: boolean;
}

/** Index of the paragraph holding editor position `pos` (the one before it, between two). */
function paragraphAt(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((paragraphs[mid]?.pos ?? Infinity) <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function readerKeyAction(
  selection: ReaderSelection,
  paragraphs: readonly Paragraph[],
  event: Pick<KeyboardEvent, "key" | "altKey" | "shiftKey" | "ctrlKey" | "metaKey">,
): ReaderKeyAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  const { from, to, empty } = selection;
  if (event.altKey) {
    if (event.shiftKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return null;
    const index = paragraphAt(paragraphs, from) + (event.key === "ArrowDown" ? 1 : -1);
    const target = paragraphs[index];
    return target ? { type: "jump", pos: target.pos, index } : null;
  }
  if (!empty && (event.key === "Enter" || event.key === "t" || event.key === "T")) return { type: "tag", from, to };
  if (empty && event.key === "Enter") return { type: "open", pos: from };
  if (event.key === "]" || event.key === "[") return { type: "claim", pos: from, step: event.key === "]" ? 1 : -1 };
  if (event.key === "Escape") return { type: "close" };
  return null;
}
