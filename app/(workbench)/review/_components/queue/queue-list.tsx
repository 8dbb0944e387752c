"use client";

import type { QueueEntry } from "./review-queue";

/** Keys that move through the list while one of its entries has focus: the step from `position`. */
const MOVES: Record<string, (position: number, count: number) => number> = {
  ArrowDown: () => 1,
  ArrowUp: () => -1,
  Home: (position) => -position,
  End: (position, count) => count - 1 - position,
};

/**
 * The queue's entries as buttons, the current one marked. One Tab stop for the whole list
 * (roving tabindex): the current entry is in the tab order, arrows, Home and End move.
 */
export function QueueList({
  entries,
  currentId,
  itemRef,
  onSelect,
  onMove,
}: {
  entries: QueueEntry[];
  currentId: string;
  itemRef: (id: string) => (node: HTMLButtonElement | null) => void;
  onSelect: (id: string) => void;
  onMove: (step: number) => void;
}) {
  const position = entries.findIndex((e) => e.id === currentId);
  return (
    <nav className="queue-list card" aria-label="Claims waiting for review">
      <ol
        onKeyDown={(event) => {
          const move = MOVES[event.key];
          if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          onMove(move(position, entries.length));
        }}
      >
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="queue-item"
              aria-current={entry.id === currentId ? "true" : undefined}
              tabIndex={entry.id === currentId ? 0 : -1}
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
