"use client";

import type { QueueEntry } from "./review-queue";

/** The queue's entries as buttons, the current one marked. */
export function QueueList({
  entries,
  currentId,
  itemRef,
  onSelect,
}: {
  entries: QueueEntry[];
  currentId: string;
  itemRef: (id: string) => (node: HTMLButtonElement | null) => void;
  onSelect: (id: string) => void;
}) {
  return (
    <nav className="queue-list card" aria-label="Claims waiting for review">
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="queue-item"
              aria-current={entry.id === currentId ? "true" : undefined}
              ref={itemRef(entry.id)}
              onClick={() => onSelect(entry.id)}
            >
              <span className="queue-item__quote">“{entry.exact}”</span>
              <span className="queue-item__meta">
                {entry.kindLabel} · {entry.articleTitle}
              </span>
              <span className="queue-item__meta">
                {entry.authorName} · waiting {entry.waiting}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
