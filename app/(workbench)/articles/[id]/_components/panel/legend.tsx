"use client";

import { kindLabels, kindsInOrder } from "@/app/(workbench)/_components/claim-labels";
import { useClaimStore, type ClaimStore } from "../claim-store";

/** The colour key with a count per kind; re-renders on claim changes without touching the editor. */
export function Legend({ store }: { store: ClaimStore }) {
  useClaimStore(store);
  const counts = store.counts();
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <section className="card card--padded legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="side-heading">
        Claims <span className="legend__total">{total}</span>
      </h2>
      <ul className="legend__list">
        {kindsInOrder.map((kind, i) => (
          <li key={kind} className="legend__item">
            <span className={`legend__swatch hl--${kind}`} aria-hidden="true" />
            <span className="legend__label">{kindLabels[kind]}</span>
            <kbd className="legend__key" title={`Press ${i + 1} in the tagging form`}>
              {i + 1}
            </kbd>
            <span className="legend__count">{counts.get(kind) ?? 0}</span>
          </li>
        ))}
      </ul>
      <p className="legend__note muted">
        <span className="legend__nest" aria-hidden="true">
          <span>outer</span> <span>inner</span>
        </span>
        A claim around another is underlined lower; the inner one is filled.
      </p>
    </section>
  );
}
