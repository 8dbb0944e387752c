"use client";

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { Editor } from "@tiptap/core";
import type { EditorView } from "@tiptap/pm/view";
import { buildDocJSON, type Paragraph } from "@/lib/anchors/paragraphs";
import { ClaimHighlights } from "@/lib/editor/claim-highlights";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { LazyParagraph } from "@/lib/editor/lazy-paragraph";
import { PendingSpan } from "@/lib/editor/pending-span";
import { ReadOnlyText } from "@/lib/editor/read-only-text";
import { ReaderDocument, ReaderText } from "@/lib/editor/reader-schema";
import { SuggestionHighlights } from "@/lib/editor/suggestion-highlights";

const READER_LABEL = "Article text";

/** The look shared by the editor's highlights and the first paint's `<mark>`s. */
export const HIGHLIGHT_LOOK = { tag: "mark", className: "hl" } as const;

/**
 * The attributes ProseMirror and TipTap give the editor's root, rendered by the server too: when
 * the editor mounts, nothing about the root changes, so the browser does not restyle the whole
 * article (a measurable stall on long texts). `translate`, `tabindex` and the classes come from
 * ProseMirror and TipTap, the rest from `ReadOnlyText`.
 */
export const EDITOR_ROOT_ATTRIBUTES = {
  className: "tiptap reader-doc ProseMirror",
  contentEditable: true,
  suppressContentEditableWarning: true,
  role: "textbox",
  translate: "no",
  "aria-multiline": true,
  "aria-readonly": true,
  "aria-label": READER_LABEL,
  inputMode: "none",
  spellCheck: false,
  autoCorrect: "off",
  autoCapitalize: "off",
  tabIndex: 0,
} as const;

export interface ReaderEditorHandlers {
  /** Keys pressed in the text, before ProseMirror's own keymap; return true when handled. */
  onKeyDown: (view: EditorView, event: KeyboardEvent) => boolean;
  /** The paragraphs in and near the viewport are drawn by ProseMirror (called after every batch). */
  onDrawn: (remaining: number) => void;
}

/**
 * The read-only TipTap editor over the article, mounted on the server-rendered text element
 * (`mountRef`) and taking over its paragraphs in place (see `LazyParagraph`). Created once per
 * article: claims change through commands on the returned editor, never through React props,
 * so nothing is re-rendered or rebuilt when a claim is added.
 *
 * Not `useEditor` + `EditorContent`: those create the editor's DOM detached and move it into
 * the page, which is exactly the rebuild of a long text this reader avoids.
 */
export function useReaderEditor({
  mountRef,
  text,
  paragraphs,
  initialSpans,
  handlers,
}: {
  mountRef: RefObject<HTMLDivElement | null>;
  text: string;
  paragraphs: readonly Paragraph[];
  initialSpans: readonly ClaimSpan[];
  handlers: ReaderEditorHandlers;
}): Editor | null {
  const [editor, setEditor] = useState<Editor | null>(null);
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    // The server's paragraphs, in order; read before the editor touches the element.
    const drawnByServer = Array.from(mount.children, (el) => (el instanceof HTMLElement ? el : null));
    performance.mark("editor:create");
    const instance = new Editor({
      element: { mount },
      injectCSS: false,
      enableInputRules: false,
      enablePasteRules: false,
      extensions: [
        ReaderDocument,
        LazyParagraph.configure({ adopt: (i) => drawnByServer[i] ?? null, onDrawn: (remaining) => handlersRef.current.onDrawn(remaining) }),
        ReaderText,
        ReadOnlyText.configure({ label: READER_LABEL }),
        ClaimHighlights.configure({ paragraphs, claims: initialSpans, ...HIGHLIGHT_LOOK }),
        SuggestionHighlights.configure({ paragraphs, className: "sg" }),
        PendingSpan.configure({ paragraphs, className: "pending-span" }),
      ],
      content: buildDocJSON(text, paragraphs),
      editorProps: {
        attributes: { class: "reader-doc" },
        handleKeyDown: (view, event) => handlersRef.current.onKeyDown(view, event),
      },
    });
    performance.mark("editor:mounted");
    setEditor(instance);
    return () => {
      instance.destroy();
      setEditor(null);
    };
    // The article's text and first claims are fixed for the life of the page.
  }, [mountRef, text, paragraphs, initialSpans]);

  return editor;
}
