"use client";

import { useEffect, useState } from "react";
import { changedFields } from "@/lib/audit/diff-snapshots";
import { postDecision, postUndo, type ComparedFields, type Decision } from "../review-api";
import type { ComposeDecision } from "./decision-panel";

/** Why the current claim could not be decided: someone decided first, it changed, or the call failed. */
export interface DecisionProblem {
  id: string;
  kind: "decided" | "changed" | "error";
  message: string;
  changes?: string[];
}

const doneWords: Record<Decision, string> = {
  approve: "Approved",
  reject: "Rejected",
  request_changes: "Sent back for changes",
};
const statusWords: Record<string, string> = {
  approved: "approved",
  rejected: "rejected",
  changes_requested: "sent back for changes",
  draft: "a draft again",
  submitted: "waiting for review",
};

/** How long Undo is offered after a decision (the server allows a little more, for slow answers). */
const UNDO_SHOWN_MS = 10_000;

/** The decision that may still be taken back. */
interface Undoable {
  id: string;
  version: number;
  exact: string;
  decision: Decision;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** The claim being decided, as the queue has it. */
interface Decided {
  id: string;
  version: number;
  exact: string;
  fields: ComparedFields;
}

/**
 * Deciding on the current claim: the comment box that reject and request-changes open, the
 * call with the version the page was rendered with, and on a 409 whether someone else decided
 * or the claim changed (and what changed), keeping the comment for a second try. A decided
 * claim is announced and handed to `onDecided`. When another claim becomes current, the
 * decision being written is dropped.
 */
export function useReviewDecision({
  current,
  remaining,
  onDecided,
  onUndone,
}: {
  current: Decided | null;
  /** Entries pending, the current one included. */
  remaining: number;
  onDecided: (id: string) => void;
  /** The decision on `id` was taken back: the claim waits again, at `version`. */
  onUndone: (id: string, version: number) => void;
}) {
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => setUndoable(null), UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [undoable]);
  const [compose, setCompose] = useState<ComposeDecision | null>(null);
  // Bumped on every request to open the comment box, so a second "r" refocuses it.
  const [composeKey, setComposeKey] = useState(0);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Dropped in the render that shows the next claim, so it never appears with this one's.
  const [writingFor, setWritingFor] = useState(current?.id ?? null);
  if ((current?.id ?? null) !== writingFor) {
    setWritingFor(current?.id ?? null);
    setCompose(null);
    setComment("");
    setProblem(null);
  }
  const blocked = problem?.id === current?.id && problem?.kind === "decided";

  function openCompose(decision: ComposeDecision) {
    setCompose(decision);
    setComposeKey((k) => k + 1);
  }

  async function decide(decision: Decision) {
    if (!current || busy || blocked) return;
    const text = comment.trim();
    if (decision !== "approve" && !text) {
      openCompose(decision);
      return;
    }
    setBusy(true);
    const result = await postDecision(current.id, {
      decision,
      comment: decision === "approve" ? undefined : text,
      version: current.version,
    });
    setBusy(false);
    if (result.ok) {
      setAnnouncement(`${doneWords[decision]}: “${short(current.exact)}”. ${remaining - 1} left in the queue.`);
      setUndoable({ id: current.id, version: result.claim.version, exact: current.exact, decision });
      onDecided(current.id);
      return;
    }
    if (result.status === 409 && result.current && result.current.status !== "submitted") {
      const by = result.current.reviewer ? ` by ${result.current.reviewer.name}` : "";
      const message = `Someone else decided first: this claim is now ${statusWords[result.current.status] ?? result.current.status}${by}. Your decision was not saved.`;
      setProblem({ id: current.id, kind: "decided", message });
    } else if (result.status === 409 && result.current) {
      const stored: ComparedFields = { ...result.current };
      const changes = changedFields(
        current.fields,
        Object.fromEntries(Object.keys(current.fields).map((k) => [k, stored[k]])),
      );
      setProblem({
        id: current.id,
        kind: "changed",
        message:
          "This claim changed since the queue was loaded. Load the new version, check it, then decide again; your comment is kept.",
        changes,
      });
    } else {
      setProblem({ id: current.id, kind: "error", message: result.message });
    }
  }

  async function undo() {
    if (!undoable || busy) return;
    const taken = undoable;
    setBusy(true);
    const result = await postUndo(taken.id, { version: taken.version });
    setBusy(false);
    setUndoable(null);
    if (result.ok) {
      setAnnouncement(`Undone: “${short(taken.exact)}” waits for review again.`);
      onUndone(taken.id, result.claim.version);
    } else {
      setAnnouncement(`Not undone: ${result.message}`);
    }
  }

  return {
    undoable,
    undo,
    compose,
    composeKey,
    comment,
    setComment,
    busy,
    problem,
    blocked,
    announcement,
    openCompose,
    decide,
    cancelCompose: () => setCompose(null),
    clearProblem: () => setProblem(null),
  };
}
