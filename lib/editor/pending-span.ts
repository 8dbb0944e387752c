/**
 * The span being tagged, drawn while the tagging form is open: once focus moves into the form
 * the browser hides the text selection, and the annotator should still see which (snapped)
 * words the claim will cover.
 */
import { Extension } from "@tiptap/core";
import { PluginKey } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import type { Paragraph } from "@/lib/anchors/paragraphs";
import { keyedSpanPlugin, sendKeyedSpanAction } from "./keyed-spans";

export interface PendingSpanOptions {
  /**
   * The paragraph map of the canonical text the document was built from (`splitParagraphs`).
   * @default []
   */
  paragraphs: readonly Paragraph[];
  /**
   * Class of the pending span's element.
   * @default "pending-span"
   */
  className: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pendingSpan: {
      /** Shows `[start, end)` as the span being tagged, or clears it with null. */
      setPendingSpan: (span: { start: number; end: number } | null) => ReturnType;
    };
  }
}

export const pendingSpanKey = new PluginKey<DecorationSet>("pendingSpan");

export const PendingSpan = Extension.create<PendingSpanOptions>({
  name: "pendingSpan",

  addOptions() {
    return { paragraphs: [], className: "pending-span" };
  },

  addCommands() {
    return {
      setPendingSpan: (span) =>
        sendKeyedSpanAction(pendingSpanKey, {
          type: "set",
          spans: span ? [{ key: "pending", start: span.start, end: span.end }] : [],
        }),
    };
  },

  addProseMirrorPlugins() {
    return [
      keyedSpanPlugin(pendingSpanKey, {
        paragraphs: this.options.paragraphs,
        tag: "span",
        className: this.options.className,
        keyAttribute: "data-pending",
      }),
    ];
  },
});
