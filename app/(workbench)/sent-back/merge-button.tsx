"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ApiError, callApi } from "@/app/_components/api-client";

interface MergeResult {
  moved: { fields: string[]; evidence: number };
  kept: { fields: string[]; evidence: number };
}

/** What a merge did, in a sentence. */
function outcome({ moved, kept }: MergeResult): string {
  const parts = [
    moved.fields.length > 0 ? `moved ${moved.fields.join(", ")}` : "no field to move",
    `${moved.evidence} evidence link${moved.evidence === 1 ? "" : "s"} moved`,
  ];
  if (kept.fields.length > 0) parts.push(`kept the first's ${kept.fields.join(", ")} where the copy differed`);
  if (kept.evidence > 0) parts.push(`${kept.evidence} link${kept.evidence === 1 ? "" : "s"} it already had`);
  return `Merged: ${parts.join("; ")}.`;
}

/**
 * Merges one copy into the claim kept, in one click: the server moves what the copy adds and
 * deletes it. The outcome takes the focus (the button goes with the copy's row).
 */
export function MergeButton({
  keep,
  copy,
  label,
}: {
  keep: { id: string; version: number };
  copy: { id: string; version: number };
  label: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "alert" | "status"; text: string } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  const merge = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await callApi<MergeResult>(`/api/claims/${encodeURIComponent(keep.id)}/merge`, {
        method: "POST",
        body: { duplicateId: copy.id, version: keep.version, duplicateVersion: copy.version },
      });
      setMessage({ tone: "status", text: outcome(result) });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "alert", text: error instanceof ApiError ? error.message : "Could not merge." });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => messageRef.current?.focus());
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--small button--secondary"
        aria-disabled={busy}
        aria-busy={busy}
        onClick={() => void merge()}
      >
        {label}
      </button>
      {message ? (
        <p ref={messageRef} tabIndex={-1} className={message.tone} role={message.tone}>
          {message.text}
        </p>
      ) : null}
    </>
  );
}
