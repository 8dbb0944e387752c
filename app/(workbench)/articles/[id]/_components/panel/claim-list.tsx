"use client";

import { useState } from "react";
import { useClaimStore, type ClaimStore } from "../claim-store";

/**
 * Every claim of the article in reading order, as buttons that open it: a way through the
 * claims by Tab alone, each named as its highlight is. Drawn only while open, so a long
 * article's thousands of claims cost nothing until asked for.
 */
export function ClaimList({ store, onOpen }: { store: ClaimStore; onOpen: (id: string) => void }) {
  useClaimStore(store);
  const [open, setOpen] = useState(false);
  const spans = [...store.allSpans()].sort((a, b) => a.start - b.start || b.end - a.end);
  return (
    <details className="card card--padded claim-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="claim-list__summary">All claims in the text ({spans.length})</summary>
      {open ? (
        <ol className="claim-list__items">
          {spans.map((span) => (
            <li key={span.id}>
              <button type="button" className={`claim-list__item hl--${span.kind}`} onClick={() => onOpen(span.id)}>
                {span.label ?? `“${store.claim(span.id)?.exact ?? "…"}”`}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
