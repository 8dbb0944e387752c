"use client";

import { useEffect, type RefObject } from "react";
import type { Paragraph } from "@/lib/anchors/paragraphs";
import type { ClaimStore } from "../claim-store";
import { claimsCovering, innermost, selectionOffsets } from "../reader-dom";

/**
 * Says which claim the caret has entered: when the text has focus and the caret moves into a
 * highlight (by arrow keys, a click or a jump), the live region reads that claim's name once;
 * moving within it or back out of claims says nothing.
 */
export function useCaretClaim({
  docRef,
  paragraphs,
  store,
  announce,
}: {
  docRef: RefObject<HTMLElement | null>;
  paragraphs: readonly Paragraph[];
  store: ClaimStore;
  announce: (message: string) => void;
}) {
  useEffect(() => {
    let current: string | null = null;
    const onSelectionChange = () => {
      const root = docRef.current;
      const selection = document.getSelection();
      if (!root || !selection || document.activeElement !== root || !selection.isCollapsed) return;
      // By text offset, not by the DOM: a caret at a claim's first character may sit at the end
      // of the text node before its highlight.
      const offsets = selectionOffsets(root, paragraphs);
      if (!offsets) return;
      const id = innermost(claimsCovering(store.allSpans(), offsets.head), (claim) => store.span(claim));
      if (id === current) return;
      current = id;
      const label = id ? store.span(id)?.label : undefined;
      if (label) announce(label);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [docRef, paragraphs, store, announce]);
}
