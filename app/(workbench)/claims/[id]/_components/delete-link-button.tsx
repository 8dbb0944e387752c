"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorText, workbenchApi } from "@/app/(workbench)/_components/workbench-api";

/** Removes one evidence link (shown only to its creator or an admin; the server checks again). */
export function DeleteLinkButton({ evidenceId, what }: { evidenceId: string; what: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await workbenchApi.unlink(evidenceId);
      router.refresh();
    } catch (e) {
      setError(errorText(e));
      setPending(false);
    }
  }

  return (
    <span className="row-actions">
      <button
        type="button"
        className="button button--danger button--small"
        onClick={remove}
        disabled={pending}
        aria-busy={pending}
        aria-label={`Delete link to ${what}`}
      >
        Delete
      </button>
      {error ? (
        <span role="alert" className="error-text">
          {error}
        </span>
      ) : null}
    </span>
  );
}
