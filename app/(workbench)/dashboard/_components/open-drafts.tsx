"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { ApiError } from "@/app/_components/api-client";
import { workbenchApi } from "@/app/(workbench)/_components/workbench-api";

export interface OpenDraftRow {
  id: string;
  title: string;
  draft: number;
  changesRequested: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The viewer's unsubmitted claims per article, each article with a "Submit all" button
 * (`POST /api/articles/{id}/submit-all`). Stays mounted when the last row goes, so the outcome
 * of the last submit is still on screen after the page data refreshes.
 */
export function OpenDrafts({ rows }: { rows: OpenDraftRow[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submitAll(row: OpenDraftRow) {
    setBusy(row.id);
    try {
      const result = await workbenchApi.submitAll(row.id);
      const skipped =
        result.skipped > 0 ? ` ${plural(result.skipped, "claim")} changed meanwhile and stayed as they were.` : "";
      setMessage({
        ok: true,
        text: `Submitted ${plural(result.submitted, "claim")} on “${row.title}” for review.${skipped}`,
      });
      router.refresh();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }

  const columns: Column<OpenDraftRow>[] = [
    {
      key: "article",
      header: "Article",
      className: "col-main",
      cellClassName: "middle",
      cell: (row) => (
        <div className="cell-title">
          <Link href={`/articles/${encodeURIComponent(row.id)}`}>{row.title}</Link>
        </div>
      ),
    },
    { key: "drafts", header: "Drafts", numeric: true, cellClassName: "middle", cell: (row) => row.draft },
    {
      key: "changes",
      header: "Changes requested",
      numeric: true,
      cellClassName: "middle",
      cell: (row) => row.changesRequested,
    },
    {
      key: "submit",
      header: <span className="visually-hidden">Action</span>,
      cellClassName: "middle",
      cell: (row) => {
        const count = row.draft + row.changesRequested;
        return (
          <div className="row-actions row-actions--end">
            <button
              type="button"
              className="button button--small"
              disabled={busy !== null}
              aria-label={`Submit ${plural(count, "claim")} on ${row.title} for review`}
              onClick={() => void submitAll(row)}
            >
              {busy === row.id ? "Submitting…" : `Submit ${count} for review`}
            </button>
          </div>
        );
      },
    },
  ];

  return (
    <>
      {message ? (
        <p className={message.ok ? "notice form-message" : "alert form-message"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">Nothing to submit: all your claims are with the reviewers or decided.</p>
      ) : (
        <DataTable
          caption="Your claims not yet submitted, per article"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
        />
      )}
    </>
  );
}
