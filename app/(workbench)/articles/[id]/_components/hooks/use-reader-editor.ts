"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { Editor } from "@tiptap/core";
import { offsetToPos, type Paragraph } from "@/lib/anchors/paragraphs";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import type { ReaderEditorHandlers } from "../create-reader-editor";
import { selectionOffsets } from "../reader-dom";
import { afterPaint, whenIdle } from "../reader-timing";

/** How long after the interactive frame the editor is built at the latest, if the browser is never idle (ms). */
const BUILD_BY = 2000;

type EditorCode = typeof import("../create-reader-editor");
let editorCode: EditorCode | null = null;
let loadingEditorCode: Promise<EditorCode> | null = null;

/** Resolves in a later task (after the tasks queued before it). */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * Loads the editor's code (TipTap and ProseMirror, the larger part of the page's script) once.
 * It is not part of the page's first script: the page is interactive without it.
 */
function loadEditorCode(): Promise<EditorCode> {
  loadingEditorCode ??= import("../create-reader-editor").then(
    (code) => (editorCode = code),
    (error: unknown) => {
      loadingEditorCode = null;
      throw error;
    },
  );
  return loadingEditorCode;
}

export interface ReaderEditor {
  /** The editor once built (re-renders the caller when it is), else null. */
  editor: Editor | null;
  /**
   * The editor if it is built, built now if its code is loaded; else null, and it will be built
   * as soon as its code arrives. Call it before anything that needs the editor.
   */
  ensure: () => Editor | null;
  /** The editor, once built (null if the reader has gone). */
  whenBuilt: () => Promise<Editor | null>;
}

/**
 * The reader's TipTap editor, built after the page is interactive rather than before it: the
 * server-drawn text already shows every highlight, and clicks, hovers and the claim panel work
 * on that DOM, so the page waits neither for the editor's code nor for ProseMirror to take the
 * text over. The code is loaded and the editor built when the browser is first idle, at once
 * when the reader first focuses or types in the text or code calls `ensure`, and on the release
 * when the reader first presses in it (never during a press: see `onPointerDown`). Until it is built, typing cannot change the text, the browser's own selection
 * works, the reader's keys act on it (`onKeyBeforeBuilt`), and the editor adopts it when built.
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
  handlers: ReaderEditorHandlers & {
    onBuilt: (editor: Editor) => void;
    /** A key pressed in the text before the editor is built; return true when handled. */
    onKeyBeforeBuilt: (event: KeyboardEvent) => boolean;
  };
}): ReaderEditor {
  const [editor, setEditor] = useState<Editor | null>(null);
  const instance = useRef<Editor | null>(null);
  // While the reader drags a selection the editor is not built: it would redraw the paragraph
  // being selected and the browser would lose where the drag started. Resolves on release.
  const dragging = useRef<Promise<void> | null>(null);
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  const build = useCallback(
    (code: EditorCode): Editor | null => {
      if (instance.current) return instance.current;
      const mount = mountRef.current;
      if (!mount?.isConnected) return null;
      // Whatever the reader selected before the editor existed is the editor's selection now.
      // Read before the editor mounts: it draws the paragraphs on screen anew, and a selection
      // inside one of those (where the reader's keys put the caret) goes with the old element.
      const selected = selectionOffsets(mount, paragraphs);
      const built = code.createReaderEditor({ mount, text, paragraphs, drawnSpans, handlers: handlersRef });
      instance.current = built;
      if (selected)
        built.commands.setTextSelection({
          from: offsetToPos(paragraphs, selected.anchor),
          to: offsetToPos(paragraphs, selected.head),
        });
      handlersRef.current.onBuilt(built);
      setEditor(built);
      return built;
    },
    [mountRef, text, paragraphs, drawnSpans],
  );

  const whenBuilt = useCallback(async (): Promise<Editor | null> => {
    const code = await loadEditorCode();
    while (dragging.current) {
      await dragging.current;
      // The release's own handlers go first: the reader's mouseup reads the selection the drag
      // made one task later (`onMouseUp`), and building now would replace it with the editor's.
      // Two tasks, as that one is queued after the release's first.
      await nextTask();
      await nextTask();
    }
    return build(code);
  }, [build]);

  const ensure = useCallback((): Editor | null => {
    if (instance.current) return instance.current;
    if (editorCode && !dragging.current) return build(editorCode);
    void whenBuilt().catch(() => undefined);
    return null;
  }, [build, whenBuilt]);

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const now = () => void ensure();
    const onPointerDown = () => {
      // Never built at a press, even when its code is loaded: the editor draws the paragraphs
      // anew, and a drag that began in the old ones would lose its start (the browser collapses
      // the selection where the pointer is). It is built once the button is released, and
      // adopts the selection the drag made (see `build`).
      if (instance.current || dragging.current) return;
      dragging.current = new Promise<void>((resolve) => {
        const release = () => {
          window.removeEventListener("pointerup", release, true);
          window.removeEventListener("pointercancel", release, true);
          dragging.current = null;
          resolve();
        };
        window.addEventListener("pointerup", release, true);
        window.addEventListener("pointercancel", release, true);
      });
      void whenBuilt().catch(() => undefined);
    };
    const onKey = (event: KeyboardEvent) => {
      // Built now if its code is loaded: ProseMirror then sees this very event.
      if (ensure() || !handlersRef.current.onKeyBeforeBuilt(event)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    // Nothing may change the text before ProseMirror (and its read-only guard) is there.
    const refuseInput = (event: Event) => {
      if (!instance.current) event.preventDefault();
    };
    // Capture: built before ProseMirror's own listeners on this element see the event.
    const listeners: [string, (event: never) => void][] = [
      ["pointerdown", onPointerDown],
      ["focusin", now],
      ["keydown", onKey],
      ["beforeinput", refuseInput],
      ["drop", refuseInput],
      ["paste", refuseInput],
    ];
    for (const [type, listener] of listeners)
      mount.addEventListener(type, listener as EventListener, { capture: true });
    // Idle time is looked for only once the interactive page has been painted: an idle moment
    // before that frame would otherwise load and evaluate the editor's code ahead of it.
    let cancelIdle = () => {};
    const cancelFrame = afterPaint(() => (cancelIdle = whenIdle(now, BUILD_BY)));
    return () => {
      for (const [type, listener] of listeners)
        mount.removeEventListener(type, listener as EventListener, { capture: true });
      cancelFrame();
      cancelIdle();
      instance.current?.destroy();
      instance.current = null;
      setEditor(null);
    };
  }, [mountRef, ensure, whenBuilt]);

  return { editor, ensure, whenBuilt };
}
