"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { Editor } from "@tiptap/core";
import type { Paragraph } from "@/lib/anchors/paragraphs";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { createReaderEditor, type ReaderEditorHandlers } from "./create-reader-editor";

export { EDITOR_ROOT_ATTRIBUTES, HIGHLIGHT_LOOK } from "./reader-look";

/** How long after hydration the editor is built at the latest, if the browser is never idle (ms). */
const BUILD_BY = 2000;

export interface ReaderEditor {
  /** The editor once built (re-renders the caller when it is), else null. */
  editor: Editor | null;
  /** The editor, built now if it was not yet: call it before anything that needs the editor. */
  ensure: () => Editor | null;
}

/**
 * The reader's TipTap editor, built after the page is interactive rather than before it: the
 * server-drawn text already shows every highlight, and clicks, hovers and the claim panel work
 * on that DOM, so the page does not wait for ProseMirror to take the text over. The editor is
 * built when the browser is first idle, or at once when the reader first presses, focuses or
 * types in the text (before ProseMirror needs to see that event), or when code calls `ensure`.
 *
 * It is built over the claims as the server drew them; `onBuilt` then brings it up to date with
 * whatever changed since (details fetched, claims deleted from the panel).
 */
export function useReaderEditor({
  mountRef,
  text,
  paragraphs,
  drawnSpans,
  handlers,
}: {
  mountRef: RefObject<HTMLDivElement | null>;
  text: string;
  paragraphs: readonly Paragraph[];
  /** The claims as the server drew them in the mount element. */
  drawnSpans: readonly ClaimSpan[];
  handlers: ReaderEditorHandlers & { onBuilt: (editor: Editor) => void };
}): ReaderEditor {
  const [editor, setEditor] = useState<Editor | null>(null);
  const instance = useRef<Editor | null>(null);
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  const ensure = useCallback((): Editor | null => {
    if (instance.current) return instance.current;
    const mount = mountRef.current;
    if (!mount) return null;
    const built = createReaderEditor({ mount, text, paragraphs, drawnSpans, handlers: handlersRef });
    instance.current = built;
    handlersRef.current.onBuilt(built);
    setEditor(built);
    return built;
  }, [mountRef, text, paragraphs, drawnSpans]);

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const now = () => void ensure();
    // Capture: built before ProseMirror's own listeners on this element see the event.
    mount.addEventListener("pointerdown", now, { capture: true });
    mount.addEventListener("focusin", now, { capture: true });
    mount.addEventListener("keydown", now, { capture: true });
    const idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(now, { timeout: BUILD_BY }) : window.setTimeout(now, 50);
    return () => {
      mount.removeEventListener("pointerdown", now, { capture: true });
      mount.removeEventListener("focusin", now, { capture: true });
      mount.removeEventListener("keydown", now, { capture: true });
      if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      instance.current?.destroy();
      instance.current = null;
      setEditor(null);
    };
  }, [mountRef, ensure]);

  return { editor, ensure };
}
