"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? "" : "s"}`;

/** How many of the loaded claims the reviewer has decided on this page (undone ones do not count). */
const DecidedCount = createContext<(decided: number) => void>(() => {});

/** Lets the queue report its decisions to the count in the page header. */
export const useReportDecided = () => useContext(DecidedCount);

/**
 * The review page's header count and the queue under it, sharing one number: the count is
 * rendered on the server with the queue, and goes down with each decision made in the page (and
 * up again with an undo), so it never says claims wait when the queue beside it is empty.
 */
export function QueueCount({
  total,
  loaded,
  filtered,
  ownWaiting,
  children,
}: {
  total: number;
  loaded: number;
  filtered: boolean;
  ownWaiting: number;
  children: ReactNode;
}) {
  const [decided, setDecided] = useState(0);
  const left = Math.max(0, total - decided);
  const shown = Math.max(0, loaded - decided);
  return (
    <DecidedCount.Provider value={setDecided}>
      <div className="page-header">
        <div>
          <h1>Review</h1>
          <p className="page-header__lede">
            {plural(left, "claim")}{" "}
            {filtered ? (left === 1 ? "matches these filters" : "match these filters") : "waiting for review"}
            {left > 0 ? ", oldest first" : ""}
            {left > shown ? ` (the first ${formatNumber(shown)} are loaded)` : ""}.
            {ownWaiting > 0 ? ` ${plural(ownWaiting, "claim")} of yours wait for another reviewer.` : ""}
          </p>
        </div>
        <p className="keys">
          <span className="visually-hidden">Keyboard shortcuts: </span>
          <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> approve · <kbd>c</kbd> request changes · <kbd>r</kbd>{" "}
          reject
        </p>
      </div>
      {children}
    </DecidedCount.Provider>
  );
}
