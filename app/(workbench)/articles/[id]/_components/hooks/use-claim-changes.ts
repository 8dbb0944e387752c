"use client";

import type { Editor } from "@tiptap/core";
import { toSpan, type ClaimStore } from "../claim-store";
import type { Claim } from "../claim-types";

/** What the reader does when a claim changes outside the text (the panel, an accepted suggestion). */
export function useClaimChanges({
  store,
  ensure,
  announce,
  closePanel,
}: {
  store: ClaimStore;
  ensure: () => Editor | null;
  announce: (message: string) => void;
  closePanel: () => void;
}) {
  return {
    /** A claim saved elsewhere: into the editor and the store. */
    show(claim: Claim, how: string) {
      ensure()?.commands.upsertClaim(toSpan(claim));
      store.upsert(claim);
      announce(how);
    },
    /** A claim deleted from the panel: out of the editor and the store, and the panel closed. */
    remove(id: string) {
      ensure()?.commands.removeClaim(id);
      store.remove(id);
      closePanel();
      announce("Claim deleted.");
    },
    /** The panel closed: the text has the focus again. */
    closePanel() {
      closePanel();
      ensure()?.commands.focus();
    },
  };
}
