"use client";

import { useEffect, useMemo, useRef, useState } from "react";

/**
 * Where the reviewer is in the queue: the entries still pending (decided ones drop out), the
 * current one, and moving between them; the current entry's button takes the focus after a move.
 */
export function useQueueCursor<Entry extends { id: string }>(entries: Entry[], initialId: string | undefined) {
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const pending = useMemo(() => entries.filter((e) => !removed.has(e.id)), [entries, removed]);
  const [currentId, setCurrentId] = useState<string | null>(() =>
    entries.some((e) => e.id === initialId) ? (initialId ?? null) : (entries[0]?.id ?? null),
  );
  const itemRefs = useRef(new Map<string, HTMLButtonElement>());
  const moved = useRef(false);

  const index = pending.findIndex((e) => e.id === currentId);
  const current = index === -1 ? (pending[0] ?? null) : (pending[index] ?? null);
  const position = index === -1 ? 0 : index;

  useEffect(() => {
    if (!moved.current || !current) return;
    const button = itemRefs.current.get(current.id);
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: "nearest" });
  }, [current]);

  function select(id: string) {
    if (id === current?.id) return;
    moved.current = true;
    setCurrentId(id);
  }

  return {
    pending,
    current,
    position,
    select,
    /** Moves by `step` entries, stopping at either end. */
    move(step: number) {
      const next = pending[Math.min(pending.length - 1, Math.max(0, position + step))];
      if (next) select(next.id);
    },
    /** Takes an entry out of the queue; the next one (else the one before) becomes current. */
    drop(id: string) {
      const at = pending.findIndex((e) => e.id === id);
      const next = pending[at + 1] ?? pending[at - 1];
      // The decision's buttons were disabled while it saved: focus goes on to the next claim.
      moved.current = true;
      setRemoved((prev) => new Set(prev).add(id));
      setCurrentId(next?.id ?? null);
    },
    /** Puts a dropped entry back (its decision was undone) and makes it current. */
    restore(id: string) {
      moved.current = true;
      setRemoved((prev) => {
        const next = new Set(prev);
        next.delete(id);
        return next;
      });
      setCurrentId(id);
    },
    /** The ref callback that registers an entry's button, so a move can focus it. */
    itemRef: (id: string) => (node: HTMLButtonElement | null) => {
      if (node) itemRefs.current.set(id, node);
      else itemRefs.current.delete(id);
    },
  };
}
