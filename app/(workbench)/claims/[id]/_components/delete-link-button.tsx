"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { errorText, workbenchApi } from "@/app/(workbench)/_components/workbench-api";

/**
 * Removes one evidence link (shown only to its creator or an admin; the server checks again),
 * after asking: the question takes focus, Escape or Keep puts focus back on Delete, and once the
 * link is gone focus goes to the evidence section's heading rather than to the page.
 */
export function DeleteLinkButton({ evidenceId, what }: { evidenceId: string; what: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (asked.current) ask.current?.focus();
  }, [confirming]);

  async function remove() {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await workbenchApi.unlink(evidenceId);
      document.getElementById("evidence-heading")?.focus();
      router.refresh();
    } catch (e) {
      setError(errorText(e));
      setPending(false);
    }
  }

  function keep() {
    asked.current = true;
    setConfirming(false);
  }

  return (
    <span className="row-actions">
      {confirming ? (
        <span
          className="row-actions"
          role="group"
          aria-label={`Delete link to ${what}?`}
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.preventDefault();
            keep();
          }}
        >
          <button
            ref={confirm}
            type="button"
            className="button button--danger button--small"
            onClick={remove}
            aria-disabled={pending}
            aria-busy={pending}
          >
            Delete link
          </button>
          <button type="button" className="button button--secondary button--small" onClick={keep}>
            Keep
          </button>
        </span>
      ) : (
        <button
          ref={ask}
          type="button"
          className="button button--danger button--small"
          onClick={() => setConfirming(true)}
          aria-label={`Delete link to ${what}`}
        >
          Delete
        </button>
      )}
      {error ? (
        <span role="alert" className="error-text">
          {error}
        </span>
      ) : null}
    </span>
  );
}
