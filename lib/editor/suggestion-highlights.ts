/**
 * Machine suggestions drawn as dashed outlines over the reader, separate from claims: a
 * suggestion is not a claim until someone accepts it, so it carries its own key
 * (`data-suggestion-key`, "start:end") and never a claim id.
 */
import { Extension } from "@tiptap/core";
import { PluginKey } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import type { Paragraph } from "@/lib/anchors/paragraphs";
import { keyedSpanPlugin, sendKeyedSpanAction, type KeyedSpan } from "./keyed-spans";
import { suggestionKey } from "./suggestion-key";

/** A suggestion as drawn: its span and kind (for the outline colour). */
interface SuggestionSpan {
  start: number;
  end: number;
  kind: string;
}

export interface SuggestionHighlightsOptions {
  /**
   * The paragraph map of the canonical text the document was built from (`splitParagraphs`).
   * @default []
   */
  paragraphs: readonly Paragraph[];
  /**
   * Element name of a suggestion.
   * @default "span"
   */
  tag: string;
  /**
   * Class of every suggestion; `${className}--${kind}` is added.
   * @default "suggestion-highlight"
   */
  className: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Shows these suggestions, replacing any shown before. */
      setSuggestions: (suggestions: readonly SuggestionSpan[]) => ReturnType;
      /** Hides one suggestion by its key (see `suggestionKey`). */
      removeSuggestion: (key: string) => ReturnType;
    };
  }
}

export const suggestionHighlightsKey = new PluginKey<DecorationSet>("suggestionHighlights");

export const SuggestionHighlights = Extension.create<SuggestionHighlightsOptions>({
  name: "suggestionHighlights",

  addOptions() {
    return { paragraphs: [], tag: "span", className: "suggestion-highlight" };
  },

  addCommands() {
    return {
      setSuggestions: (suggestions) =>
        sendKeyedSpanAction(suggestionHighlightsKey, {
          type: "set",
          spans: suggestions.map((s) => ({ key: suggestionKey(s), start: s.start, end: s.end, kind: s.kind })),
        }),
      removeSuggestion: (key) => sendKeyedSpanAction(suggestionHighlightsKey, { type: "remove", keys: [key] }),
    };
  },

  addProseMirrorPlugins() {
    const { paragraphs, tag, className } = this.options;
    return [
      keyedSpanPlugin(suggestionHighlightsKey, {
        paragraphs,
        tag,
        className,
        keyAttribute: "data-suggestion-key",
        classFor: (span: KeyedSpan) => (span.kind ? `${className}--${span.kind}` : ""),
      }),
    ];
  },
});
