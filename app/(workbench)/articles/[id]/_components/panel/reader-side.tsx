"use client";

import type { ReactNode } from "react";
import type { ClaimStore } from "../claim-store";
import type { Claim, ReaderActor } from "../claim-types";
import type { SelectedClaims } from "../hooks/use-claim-selection";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { Legend } from "./legend";

/** The reader's side column: the open claim's panel, the legend, then the article's details. */
export function ReaderSide({
  store,
  selected,
  actor,
  details,
  onSelect,
  onOpen,
  onClose,
  onSaved,
  onDeleted,
}: {
  store: ClaimStore;
  selected: SelectedClaims | null;
  actor: ReaderActor;
  details: ReactNode;
  onSelect: (id: string) => void;
  /** Opens a claim from the list of all claims. */
  onOpen: (id: string) => void;
  onClose: () => void;
  onSaved: (claim: Claim) => void;
  onDeleted: (id: string) => void;
}) {
  return (
    <aside className="reader-side" aria-label="Claims and details">
      {selected ? (
        <ClaimPanel
          key={selected.id}
          store={store}
          claimId={selected.id}
          here={selected.here}
          actor={actor}
          onSelect={onSelect}
          onClose={onClose}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      ) : null}
      <Legend store={store} />
      <ClaimList store={store} onOpen={onOpen} />
      {details}
    </aside>
  );
}
