"use client";

import type { MouseEvent as ReactMouseEvent, RefObject } from "react";
import type { Editor } from "@tiptap/core";
import type { EditorView } from "@tiptap/pm/view";
import { offsetToPos, posToOffset, type Paragraph } from "@/lib/anchors/paragraphs";
import type { ClaimStore } from "../claim-store";
import type { Suggestion } from "../claim-types";
import { claimsCovering, hitAt, selectionOffsets } from "../reader-dom";
import { readerKeyAction, type ReaderSelection } from "../reader-keys";

type Rect = { left: number; bottom: number };

/**
 * What a key or a mouse release in the text does (`reader-keys.ts` maps keys to actions): tag
 * the selection, open the suggestion or claim at the caret or under the pointer, jump between
 * paragraphs, close the panel. Keys work before the editor is built too, on the browser's own
 * selection (`onKeyBeforeEditor`).
 */
export function useReaderInput({
  paragraphs,
  docRef,
  textRef,
  store,
  suggestions,
  startTagging,
  openSuggestionAt,
  openClaimsAt,
  panelOpen,
  closePanel,
  ensure,
  announce,
}: {
  paragraphs: readonly Paragraph[];
  /** The editor's mount element (one child per paragraph). */
  docRef: RefObject<HTMLElement | null>;
  /** The element around it that takes the mouse. */
  textRef: RefObject<HTMLElement | null>;
  store: ClaimStore;
  suggestions: { at: (offset: number) => Suggestion | undefined; get: (key: string) => Suggestion | undefined };
  startTagging: (from: number, to: number) => void;
  openSuggestionAt: (suggestion: Suggestion | undefined, rect: Rect) => boolean;
  openClaimsAt: (ids: string[]) => boolean;
  panelOpen: boolean;
  closePanel: () => void;
  ensure: () => Editor | null;
  announce: (message: string) => void;
}) {
  /**
   * Carries out a reader key. `coordsAt` gives the screen position of an editor position (for
   * anchoring a popover); `jump` moves the caret.
   */
  const runKey = (
    selection: ReaderSelection,
    event: KeyboardEvent,
    coordsAt: (pos: number) => Rect,
    jump: (pos: number, index: number) => void,
  ): boolean => {
    const action = readerKeyAction(selection, paragraphs, event);
    if (!action) return false;
    if (action.type === "tag") startTagging(action.from, action.to);
    else if (action.type === "jump") jump(action.pos, action.index);
    else if (action.type === "claim") {
      // The caret goes to the claim's start; the caret's announcement names it, Enter opens it.
      const offset = posToOffset(paragraphs, action.pos);
      const starts = [...store.allSpans()].map((s) => s.start).sort((a, b) => a - b);
      const target = action.step > 0 ? starts.find((s) => s > offset) : starts.filter((s) => s < offset).at(-1);
      if (target === undefined) announce(action.step > 0 ? "No claim after the caret." : "No claim before the caret.");
      else ensure()?.chain().focus().setTextSelection(offsetToPos(paragraphs, target)).scrollIntoView().run();
    } else if (action.type === "close") {
      if (!panelOpen) return false;
      closePanel();
    } else {
      const offset = posToOffset(paragraphs, action.pos);
      if (openSuggestionAt(suggestions.at(offset), coordsAt(action.pos))) return true;
      if (!openClaimsAt(claimsCovering(store.allSpans(), offset))) announce("No claim at the caret.");
    }
    return true;
  };

  /**
   * The selection as the browser shows it, in editor positions, or null when it is not in the
   * text. Read from the DOM whether or not the editor is built: the editor learns of a native
   * caret move (an arrow key, a drag) only when the browser's selectionchange event comes, a
   * task later, and a key or mouseup handled before then must not act on the old selection.
   */
  const shownSelection = (): ReaderSelection | null => {
    const root = docRef.current;
    const offsets = root ? selectionOffsets(root, paragraphs) : null;
    if (!offsets) return null;
    const from = Math.min(offsets.anchor, offsets.head);
    const to = Math.max(offsets.anchor, offsets.head);
    return { from: offsetToPos(paragraphs, from), to: offsetToPos(paragraphs, to, -1), empty: from === to };
  };

  /** A key pressed in the built editor. */
  const onKeyDown = (view: EditorView, event: KeyboardEvent): boolean =>
    runKey(
      shownSelection() ?? view.state.selection,
      event,
      (pos) => view.coordsAtPos(pos),
      (pos) => ensure()?.chain().setTextSelection(pos).scrollIntoView().run(),
    );

  /** A key pressed in the text before the editor is built: the same keys, on the browser's own selection. */
  const onKeyBeforeEditor = (event: KeyboardEvent): boolean => {
    const root = docRef.current;
    const selection = shownSelection();
    if (!root || !selection) return false;
    const caretRect = () => window.getSelection()?.getRangeAt(0).getBoundingClientRect() ?? { left: 0, bottom: 0 };
    return runKey(selection, event, caretRect, (_pos, index) => {
      const paragraph = root.children[index];
      if (!paragraph) return;
      window.getSelection()?.collapse(paragraph.firstChild ?? paragraph, 0);
      paragraph.scrollIntoView({ block: "nearest" });
    });
  };

  /** A release of the main button in the text: tag what was selected, else open what was clicked. */
  const onMouseUp = (e: ReactMouseEvent<HTMLElement>) => {
    const root = textRef.current;
    if (e.button !== 0 || !root) return;
    const target = e.target;
    const rect = target instanceof Element ? target.getBoundingClientRect() : { left: e.clientX, bottom: e.clientY };
    // After the browser has finished the selection (and handled the click) on this mouseup.
    window.setTimeout(() => {
      const selection = shownSelection();
      if (selection && !selection.empty) return startTagging(selection.from, selection.to);
      const hit = hitAt(target, root);
      if (hit.suggestionKey && openSuggestionAt(suggestions.get(hit.suggestionKey), rect)) return;
      openClaimsAt(hit.claimIds);
    });
  };

  return { onKeyDown, onKeyBeforeEditor, onMouseUp };
}
