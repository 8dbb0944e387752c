"use client";

import { useCallback, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import type { Editor } from "@tiptap/core";
import { offsetToPos, positionsToRange, type Paragraph } from "@/lib/anchors/paragraphs";
import { parseSelection, type SelectionPrefill } from "@/lib/claims/parse-selection";
import { toSpan, type ClaimStore } from "../claim-store";
import type { ClaimFields, ReaderActor, Suggestion } from "../claim-types";
import { ApiError, claimsApi, storedClaim } from "../claims-api";
import type { PopoverAnchor } from "../popovers/tag-popover";
import { measureAddClaim } from "../reader-timing";
import { useReaderSchema } from "../reader-schema";

/** The tagging form, open on a selection. */
export interface Tagging {
  prefill: SelectionPrefill;
  anchor: PopoverAnchor;
}

/** A suggestion opened in its popover. */
export interface OpenSuggestion {
  suggestion: Suggestion;
  anchor: PopoverAnchor;
}

/**
 * The popovers over the text: the tagging form on a selection and a suggestion's popover (one
 * at a time), placed just below what they belong to, and saving a tagged claim.
 */
export function useTagging({
  articleId,
  actor,
  text,
  paragraphs,
  store,
  cardRef,
  ensure,
  whenBuilt,
  announce,
  openClaim,
}: {
  articleId: string;
  actor: ReaderActor;
  text: string;
  paragraphs: readonly Paragraph[];
  store: ClaimStore;
  /** The reading card, which the popovers are positioned in. */
  cardRef: RefObject<HTMLElement | null>;
  ensure: () => Editor | null;
  whenBuilt: () => Promise<Editor | null>;
  announce: (message: string) => void;
  /** Opens a claim in the side panel. */
  openClaim: (id: string) => void;
}) {
  const { projectId } = useReaderSchema();
  const [tagging, setTagging] = useState<Tagging | null>(null);
  const [openSuggestion, setOpenSuggestion] = useState<OpenSuggestion | null>(null);

  /** Pixel position inside the reading card just below a viewport rectangle. */
  const anchorBelow = useCallback(
    (rect: { left: number; bottom: number }): PopoverAnchor => {
      const card = cardRef.current?.getBoundingClientRect();
      if (!card) return { top: 0, left: 0 };
      const width = Math.min(400, card.width - 16);
      return {
        top: rect.bottom - card.top + 8,
        left: Math.max(8, Math.min(rect.left - card.left - 24, card.width - width - 8)),
      };
    },
    [cardRef],
  );

  /** The caller's own claim on exactly this span, if the reader knows of one. */
  const ownClaimOn = (start: number, end: number) => {
    for (const span of store.allSpans()) {
      if (span.start === start && span.end === end && store.claim(span.id)?.author.id === actor.id) return span.id;
    }
    return null;
  };

  /** Tagging a span already tagged by the caller opens that claim instead of making a second. */
  const openExisting = (id: string) => {
    openClaim(id);
    announce("You already tagged this span: your claim is open.");
  };

  /** Opens the tagging form on the text between editor positions `from` and `to`, snapped to words. */
  const startTagging = (from: number, to: number) => {
    if (!actor.canWrite) return;
    const editor = ensure();
    // Not built yet (its code is still loading): tag once it is.
    if (!editor) return void whenBuilt().then((e) => e && startTagging(from, to));
    const range = positionsToRange(paragraphs, from, to);
    if (!range) return;
    const prefill = parseSelection({ text, start: range.start, end: range.end });
    if (!prefill.exact) return;
    const existing = ownClaimOn(prefill.start, prefill.end);
    if (existing) return void openExisting(existing);
    // The selection becomes the snapped span, so what is selected is what will be tagged.
    editor
      .chain()
      .setTextSelection({ from: offsetToPos(paragraphs, prefill.start), to: offsetToPos(paragraphs, prefill.end, -1) })
      .setPendingSpan({ start: prefill.start, end: prefill.end })
      .run();
    const coords = editor.view.coordsAtPos(offsetToPos(paragraphs, prefill.end, -1), -1);
    setOpenSuggestion(null);
    setTagging({ prefill, anchor: anchorBelow(coords) });
  };

  /** Opens a suggestion's popover below `rect`; false when there is no suggestion. */
  const openSuggestionAt = (suggestion: Suggestion | undefined, rect: { left: number; bottom: number }) => {
    if (!suggestion) return false;
    setTagging(null);
    setOpenSuggestion({ suggestion, anchor: anchorBelow(rect) });
    return true;
  };

  const closeTagging = () => {
    ensure()?.chain().setPendingSpan(null).focus().run();
    setTagging(null);
  };

  const saveTagging = async (fields: ClaimFields) => {
    const editor = ensure();
    if (!tagging || !editor) return;
    const { start, end, exact } = tagging.prefill;
    await saveClaim(editor, { start, end, exact }, fields).catch((error: unknown) => {
      // The server knows of an identical claim of the caller's the reader had not loaded yet.
      const existing = error instanceof ApiError && error.status === 409 ? storedClaim(error) : null;
      if (!existing || existing.start !== start || existing.end !== end) throw error;
      editor.chain().setPendingSpan(null).upsertClaim(toSpan(existing)).run();
      store.upsert(existing);
      setTagging(null);
      openExisting(existing.id);
    });
  };

  const saveClaim = (editor: Editor, span: { start: number; end: number; exact: string }, fields: ClaimFields) =>
    measureAddClaim(
      () => claimsApi.create(articleId, span, fields, projectId),
      (claim) => {
        // One editor transaction (highlight in, pending span out, caret after the claim) and
        // one synchronous React commit (form closed, legend counted), so the measured time is
        // all the browser does before painting the result.
        editor
          .chain()
          .setPendingSpan(null)
          .upsertClaim(toSpan(claim))
          .setTextSelection(offsetToPos(paragraphs, claim.end, -1))
          .focus()
          .run();
        flushSync(() => {
          store.upsert(claim);
          setTagging(null);
          announce(`Claim saved: “${claim.exact}”.`);
        });
      },
    );

  /** Closes the suggestion's popover and gives the text the focus back. */
  const closeSuggestion = () => {
    setOpenSuggestion(null);
    ensure()?.commands.focus();
  };

  return {
    tagging,
    openSuggestion,
    startTagging,
    openSuggestionAt,
    closeTagging,
    saveTagging,
    closeSuggestion,
    /** Closes the suggestion's popover, leaving the focus where it is. */
    dropSuggestion: () => setOpenSuggestion(null),
  };
}
