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
import { HIGHLIGHT_LOOK, READER_LABEL } from "./reader-look";

export interface ReaderEditorHandlers {
  /** Keys pressed in the text, before ProseMirror's own keymap; return true when handled. */
  onKeyDown: (view: EditorView, event: KeyboardEvent) => boolean;
  /** The paragraphs in and near the viewport are drawn by ProseMirror (called after every batch). */
  onDrawn: (remaining: number) => void;
}

/**
 * The read-only TipTap editor over the article, mounted on the server-rendered text element and
 * taking over its paragraphs in place (see `LazyParagraph`), with the claims as they were drawn
 * there (`drawnSpans`). Claims change afterwards through commands, never by rebuilding.
 *
 * Not `useEditor` + `EditorContent`: those create the editor's DOM detached and move it into
 * the page, which is exactly the rebuild of a long text this reader avoids.
 */
export function createReaderEditor({
  mount,
  text,
  paragraphs,
  drawnSpans,
  handlers,
}: {
  mount: HTMLElement;
  text: string;
  paragraphs: readonly Paragraph[];
  drawnSpans: readonly ClaimSpan[];
  handlers: { readonly current: ReaderEditorHandlers };
}): Editor {
  // The server's paragraphs, in order; read before the editor touches the element.
  const drawnByServer = Array.from(mount.children, (el) => (el instanceof HTMLElement ? el : null));
  performance.mark("editor:create");
  const editor = new Editor({
    element: { mount },
    injectCSS: false,
    enableInputRules: false,
    enablePasteRules: false,
    extensions: [
      ReaderDocument,
      LazyParagraph.configure({
        adopt: (i) => drawnByServer[i] ?? null,
        onDrawn: (remaining) => handlers.current.onDrawn(remaining),
      }),
      ReaderText,
      ReadOnlyText.configure({ label: READER_LABEL }),
      ClaimHighlights.configure({ paragraphs, claims: drawnSpans, ...HIGHLIGHT_LOOK }),
      SuggestionHighlights.configure({ paragraphs, className: "sg" }),
      PendingSpan.configure({ paragraphs, className: "pending-span" }),
    ],
    content: buildDocJSON(text, paragraphs),
    editorProps: {
      attributes: { class: "reader-doc" },
      handleKeyDown: (view, event) => handlers.current.onKeyDown(view, event),
    },
  });
  performance.mark("editor:mounted");
  performance.measure("editor:build", "editor:create", "editor:mounted");
  return editor;
}
