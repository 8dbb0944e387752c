"use client";

import { useClaimStore, type ClaimStore } from "../claim-store";
import { useReaderSchema } from "../reader-schema";

/**
 * The project's kinds: colour, key, definition and a count each; re-renders on claim changes
 * without touching the editor.
 */
export function Legend({ store }: { store: ClaimStore }) {
  useClaimStore(store);
  const { kinds } = useReaderSchema();
  const counts = store.counts();
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <section className="card card--padded legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="side-heading">
        Claims <span className="legend__total">{total}</span>
      </h2>
      <ul className="legend__list">
        {kinds.map(({ key: kind, label, shortcut, definition }) => (
          <li key={kind} className="legend__item" title={definition || undefined}>
            <span className={`legend__swatch hl--${kind}`} aria-hidden="true" />
            <span className="legend__label">
              {label}
              {definition ? <span className="legend__definition">{definition}</span> : null}
            </span>
            {shortcut ? (
              <kbd className="legend__key" title={`Press ${shortcut} in the tagging form`}>
                {shortcut}
              </kbd>
            ) : null}
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
