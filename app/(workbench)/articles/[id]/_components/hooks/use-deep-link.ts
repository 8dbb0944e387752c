"use client";

import { useEffect, type RefObject } from "react";
import type { Editor } from "@tiptap/core";
import { offsetToPos, type Paragraph } from "@/lib/anchors/paragraphs";
import { covers } from "@/lib/editor/claim-spans";
import type { ClaimStore } from "../claim-store";
import { claimsCovering } from "../reader-dom";

/** The claim id in a `#claim-{id}` fragment, or null. */
function claimIdFromHash(hash: string): string | null {
  const match = /^#claim-(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * `#claim-{id}` (links from the claims table, the review queue, clusters): once the reader is
 * live, scroll the claim's highlight to the middle of the view and open it in the side panel
 * with the claims around it; once the editor has taken over, put the caret at the claim's start
 * (which draws its paragraph) and scroll to it again. Also on later hash changes.
 */
export function useDeepLink({
  live,
  store,
  paragraphs,
  textRef,
  whenBuilt,
  openAt,
  announce,
}: {
  live: boolean;
  store: ClaimStore;
  paragraphs: readonly Paragraph[];
  textRef: RefObject<HTMLElement | null>;
  whenBuilt: () => Promise<Editor | null>;
  openAt: (ids: string[]) => boolean;
  announce: (message: string) => void;
}): void {
  useEffect(() => {
    if (!live) return;
    const openFromHash = () => {
      const id = claimIdFromHash(window.location.hash);
      if (id === null) return;
      const span = store.span(id);
      if (!span) {
        announce("The linked claim is not in this article any more.");
        return;
      }
      const reveal = () =>
        textRef.current?.querySelector(`[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center" });
      reveal();
      // The editor, once built, draws the claim's paragraph itself (it replaces the server's):
      // reveal the claim again after that.
      void whenBuilt().then((editor) => {
        if (!editor) return;
        editor.commands.setTextSelection(offsetToPos(paragraphs, span.start));
        reveal();
      });
      // The claims around it too (a claim on the very same span as well), as a click there would.
      openAt([
        id,
        ...claimsCovering(store.allSpans(), span.start).filter((other) => {
          const outer = store.span(other);
          return other !== id && !!outer && covers(outer, span);
        }),
      ]);
    };
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
    return () => window.removeEventListener("hashchange", openFromHash);
  }, [live, whenBuilt, store, paragraphs, openAt, textRef, announce]);
}
