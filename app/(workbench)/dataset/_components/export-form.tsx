"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { exportFileName } from "@/lib/export/export-file-name";
import type { ExportFormat } from "@/lib/export/schema";
import type { ClaimStatus } from "@/lib/claims/wire-values";

interface Option<T extends string> {
  value: T;
  label: string;
}

/**
 * The export's format and claims, and the Download and manifest links. The links follow what is
 * picked at once; the page's preview follows too (the address changes in place). Without
 * scripts, Preview sends the form and the page comes back with the links for it.
 */
export function ExportForm({
  formats,
  statuses,
  format: initialFormat,
  status: initialStatus,
  projectId,
}: {
  formats: Option<ExportFormat>[];
  statuses: Option<ClaimStatus>[];
  format: ExportFormat;
  status: ClaimStatus;
  projectId: string;
}) {
  const router = useRouter();
  const [format, setFormat] = useState(initialFormat);
  const [status, setStatus] = useState(initialStatus);
  const [rendered, setRendered] = useState(`${initialFormat} ${initialStatus}`);
  // The page drawn for another address (back, a link) brings its own choice.
  if (rendered !== `${initialFormat} ${initialStatus}`) {
    setRendered(`${initialFormat} ${initialStatus}`);
    setFormat(initialFormat);
    setStatus(initialStatus);
  }
  const [previewing, startPreview] = useTransition();
  const query = new URLSearchParams({ format, status, projectId }).toString();
  const fileName = exportFileName(format, { status });

  const pick = (next: { format?: ExportFormat; status?: ClaimStatus }) => {
    const f = next.format ?? format;
    const s = next.status ?? status;
    setFormat(f);
    setStatus(s);
    startPreview(() => router.replace(`/dataset?${new URLSearchParams({ format: f, status: s })}`, { scroll: false }));
  };

  return (
    <>
      <form method="get" className="inline-form dataset-form">
        <div className="field">
          <label htmlFor="dataset-format" className="field__label">
            Format
          </label>
          <select
            id="dataset-format"
            name="format"
            className="select"
            value={format}
            onChange={(e) => pick({ format: e.target.value as ExportFormat })}
          >
            {formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dataset-status" className="field__label">
            Claims
          </label>
          <select
            id="dataset-status"
            name="status"
            className="select"
            value={status}
            onChange={(e) => pick({ status: e.target.value as ClaimStatus })}
          >
            {statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Preview
        </button>
        {previewing ? (
          <span className="muted" role="status">
            Updating the preview…
          </span>
        ) : null}
      </form>
      <p className="dataset-actions">
        <a className="button" href={`/api/export?${query}`} download={fileName}>
          Download {fileName}
        </a>
        <a href={`/api/export/manifest?${query}`}>Manifest (record count and SHA-256)</a>
      </p>
    </>
  );
}
