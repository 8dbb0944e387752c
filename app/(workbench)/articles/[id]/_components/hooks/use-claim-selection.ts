"use client";

import { useCallback, useState } from "react";
import type { ClaimStore } from "../claim-store";
import { innermost } from "../reader-dom";

/** The claim open in the side panel, and every claim at the spot it was opened from (shortest first). */
export interface SelectedClaims {
  id: string;
  here: string[];
}

/** Which claim the side panel shows; `openAt` opens the innermost of the claims at one spot. */
export function useClaimSelection(store: ClaimStore) {
  const [selected, setSelected] = useState<SelectedClaims | null>(null);

  /** Opens the innermost of `ids` (the claims at one spot); false when none of them is known. */
  const openAt = useCallback(
    (ids: string[]) => {
      const id = innermost(ids, (i) => store.span(i));
      if (!id) return false;
      const length = (i: string) => (store.span(i)?.end ?? 0) - (store.span(i)?.start ?? 0);
      const here = [...new Set(ids)].sort((a, b) => length(a) - length(b));
      setSelected({ id, here });
      return true;
    },
    [store],
  );

  return {
    selected,
    openAt,
    /** Shows another of the claims at the same spot. */
    show: (id: string) => setSelected((s) => (s ? { ...s, id } : s)),
    close: () => setSelected(null),
  };
}
