"use client";

import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { suggestionKey } from "@/lib/editor/suggestion-key";
import type { Claim, ClaimFields, Suggestion } from "../claim-types";
import { claimsApi } from "../claims-api";
import { useReaderSchema } from "../reader-schema";

/**
 * The spotter's suggestions for one article: fetched on demand, drawn as dashed outlines in the
 * editor, and gone from view once accepted (as a draft claim) or dismissed (for everyone).
 */
export function useSuggestions({
  articleId,
  getEditor,
  announce,
}: {
  articleId: string;
  getEditor: () => Promise<Editor | null>;
  announce: (message: string) => void;
}) {
  const { projectId } = useReaderSchema();
  const [shown, setShown] = useState<Map<string, Suggestion> | null>(null);
  const [busy, setBusy] = useState(false);

  const hide = async (suggestion: Suggestion) => {
    const key = suggestionKey(suggestion);
    (await getEditor())?.commands.removeSuggestion(key);
    setShown((m) => {
      const next = new Map(m);
      next.delete(key);
      return next;
    });
  };

  return {
    shown,
    busy,
    get: (key: string) => shown?.get(key),
    /** The suggestion covering a text offset, if any is shown there. */
    at: (offset: number) => [...(shown?.values() ?? [])].find((s) => s.start <= offset && offset < s.end),

    async toggle() {
      const editor = await getEditor();
      if (!editor) return;
      if (shown) {
        editor.commands.setSuggestions([]);
        setShown(null);
        return;
      }
      setBusy(true);
      try {
        const { items } = await claimsApi.suggestions(articleId, projectId);
        editor.commands.setSuggestions(items);
        setShown(new Map(items.map((s) => [suggestionKey(s), s])));
        announce(
          items.length === 0
            ? "No suggestions for this article."
            : `${items.length} suggestion${items.length === 1 ? "" : "s"} shown with dashed outlines.`,
        );
      } catch {
        announce("Could not load suggestions.");
      } finally {
        setBusy(false);
      }
    },

    /** Creates the draft claim (with the fields as given) and takes the suggestion away. */
    async accept(suggestion: Suggestion, fields: ClaimFields): Promise<Claim> {
      const claim = await claimsApi.create(
        articleId,
        { start: suggestion.start, end: suggestion.end, exact: suggestion.exact },
        fields,
        projectId,
      );
      await hide(suggestion);
      return claim;
    },

    async dismiss(suggestion: Suggestion): Promise<void> {
      await claimsApi.dismiss(
        articleId,
        { start: suggestion.start, end: suggestion.end, exact: suggestion.exact },
        projectId,
      );
      await hide(suggestion);
      announce("Suggestion dismissed for this article.");
    },
  };
}
