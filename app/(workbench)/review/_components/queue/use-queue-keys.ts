"use client";

import { useEffect } from "react";
import type { Decision } from "../review-api";
import type { ComposeDecision } from "./decision-panel";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The queue's keys, anywhere on the page but in a text field: j/k next/previous, a approve,
 * r reject, c request changes (which open the comment box, unless `composeBlocked`), u undo the
 * last decision while it is offered.
 */
export function useQueueKeys({
  active,
  move,
  decide,
  openCompose,
  composeBlocked,
  undo,
}: {
  /** False when there is nothing to act on. */
  active: boolean;
  move: (step: number) => void;
  decide: (decision: Decision) => Promise<void>;
  openCompose: (decision: ComposeDecision) => void;
  composeBlocked: boolean;
  /** Undoes the last decision; null when there is none to undo. */
  undo: (() => void) | null;
}): void {
  // Subscribed anew on every render, so the listener always acts on the current entry.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => void decide("approve"),
        r: () => openCompose("reject"),
        c: () => openCompose("request_changes"),
      };
      if (event.key === "u" && undo) {
        event.preventDefault();
        undo();
        return;
      }
      const action = actions[event.key];
      if (!action || !active) return;
      // The key must not also type a letter into the comment box it opens.
      event.preventDefault();
      if ((event.key === "r" || event.key === "c") && composeBlocked) return;
      action();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });
}
