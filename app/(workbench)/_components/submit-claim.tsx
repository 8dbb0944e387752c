"use client";

import Link from "next/link";
import { useRef, useState, type FocusEvent } from "react";
import { ApiError, callApi } from "@/app/_components/api-client";
import type { ReviewClaimWire } from "@/lib/review/wire";
import { refreshInbox } from "./inbox-link";
import "./submit-claim.css";

/** What the submit control needs of a claim the viewer may submit (its author, or an admin). */
export interface SubmittableClaim {
  id: string;
  version: number;
  status: string;
  projectId: string;
  assignmentId: string | null;
}

/** Where a draft made in an assignment goes to review: the assignment's summary, to confirm. */
function assignmentSubmitHref(claim: Pick<SubmittableClaim, "projectId" | "assignmentId">) {
  return `/projects/${encodeURIComponent(claim.projectId)}/assignments/${encodeURIComponent(claim.assignmentId ?? "")}`;
}

/**
 * Sends one claim to review. A draft made in a project's assignment goes with the assignment
 * as a whole, so for it this is a link to the assignment's summary, which asks to confirm. A
 * claim sent back (or a draft outside any assignment) is submitted here, with the version it
 * was read at; the header's inbox count is asked again after.
 */
export function SubmitClaim({
  claim,
  blocked,
  onSubmitted,
}: {
  claim: SubmittableClaim;
  /** Why it cannot be submitted right now (unsaved edits), shown instead of submitting. */
  blocked?: string | null;
  onSubmitted: (claim: ReviewClaimWire) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "alert" | "notice"; text: string } | null>(null);
  // The outcome takes the focus (the button it was on goes away), and keeps it when the status
  // arrives and the outcome is drawn anew in its place (the claim page refreshes from the server).
  const focusOutcome = useRef(false);
  const messageRef = (node: HTMLParagraphElement | null) => {
    if (node && focusOutcome.current) node.focus();
  };
  // Until the reader moves on (a blur to another element; a removed outcome's has none).
  const onMessageBlur = (event: FocusEvent) => {
    if (event.relatedTarget) focusOutcome.current = false;
  };

  if (claim.assignmentId && claim.status === "draft") {
    return (
      <div className="submit-claim">
        <Link href={assignmentSubmitHref(claim)} prefetch={false} className="button button--small button--secondary">
          Submit the assignment…
        </Link>
        <p className="field__hint">In this project your claims go to review together, with the assignment.</p>
      </div>
    );
  }

  if (claim.status !== "draft" && claim.status !== "changes_requested") {
    // Just submitted from here: the outcome stays in view (and keeps the focus) with the new status.
    return message ? (
      <p ref={messageRef} tabIndex={-1} className={`submit-claim ${message.tone}`} role="status" onBlur={onMessageBlur}>
        {message.text}
      </p>
    ) : null;
  }

  const submit = async () => {
    if (blocked) {
      setMessage({ tone: "alert", text: blocked });
      return;
    }
    setBusy(true);
    setMessage(null);
    // Whatever the outcome, it is said where the focus is (the button may be gone).
    focusOutcome.current = true;
    try {
      const { claim: submitted } = await callApi<{ claim: ReviewClaimWire }>(
        `/api/claims/${encodeURIComponent(claim.id)}/submit`,
        { method: "POST", body: { version: claim.version } },
      );
      setMessage({ tone: "notice", text: "Submitted for review." });
      refreshInbox();
      onSubmitted(submitted);
    } catch (error) {
      setMessage({ tone: "alert", text: error instanceof ApiError ? error.message : "Could not submit." });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="submit-claim">
      <button type="button" className="button button--small" disabled={busy} onClick={() => void submit()}>
        {busy ? "Submitting…" : claim.status === "changes_requested" ? "Resubmit for review" : "Submit for review"}
      </button>
      {message ? (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={message.tone}
          role={message.tone === "alert" ? "alert" : "status"}
          onBlur={onMessageBlur}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
