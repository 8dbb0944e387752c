/**
 * The reader's keyboard, as a pure mapping from a key press in the text to what it means, so
 * the component only carries the actions out. ProseMirror's own keys (arrows, Shift+arrows,
 * Home/End, Mod+A) keep moving the caret and selection; these come first.
 */
import type { EditorView } from "@tiptap/pm/view";

export type ReaderKeyAction =
  /** Tag the selection: T or Enter with text selected. */
  | { type: "tag"; from: number; to: number }
  /** Open what is at the caret (a suggestion, else the innermost claim): Enter. */
  | { type: "open"; pos: number }
  /** Move the caret to the start of the next or previous paragraph: Alt+↓ / Alt+↑. */
  | { type: "jump"; pos: number }
  /** Close the claim panel: Esc. */
  | { type: "close" };

export function readerKeyAction(view: EditorView, event: KeyboardEvent): ReaderKeyAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  const { from, to, empty } = view.state.selection;
  if (event.altKey) {
    if (event.shiftKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return null;
    const doc = view.state.doc;
    const index = doc.resolve(from).index(0) + (event.key === "ArrowDown" ? 1 : -1);
    if (index < 0 || index >= doc.childCount) return null;
    let pos = 0;
    for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
    return { type: "jump", pos: pos + 1 };
  }
  if (!empty && (event.key === "Enter" || event.key === "t" || event.key === "T")) return { type: "tag", from, to };
  if (empty && event.key === "Enter") return { type: "open", pos: from };
  if (event.key === "Escape") return { type: "close" };
  return null;
}
