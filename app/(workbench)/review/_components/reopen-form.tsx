"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { postReopen } from "./review-api";

/**
 * Reopening a decided claim is deliberate: a reason is required, and the claim goes back to
 * its author. A 409 (someone acted first) says so and reloads the page's data.
 */
export function ReopenForm({ claimId, version }: { claimId: string; version: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Reopen…
      </button>
    );
  }
  return (
    <form
      className="compose compose--request_changes"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const result = await postReopen(claimId, { reason: reason.trim(), version });
        setBusy(false);
        if (result.ok) {
          setOpen(false);
          setReason("");
          setError(null);
        } else {
          setError(
            result.status === 409 ? `${result.message}. The page now shows the claim as it is.` : result.message,
          );
        }
        router.refresh();
      }}
    >
      <label className="field__label" htmlFor="reopen-reason">
        Why reopen it? <span className="muted">(required; the annotator sees it)</span>
      </label>
      <textarea
        id="reopen-reason"
        className="input compose__box"
        rows={3}
        required
        maxLength={5000}
        value={reason}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
      />
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <div className="compose__actions">
        <button type="submit" className="button" disabled={busy || !reason.trim()}>
          Reopen and send back to the annotator
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
