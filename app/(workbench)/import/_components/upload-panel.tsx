"use client";

import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import { uploadFile } from "./import-api";
import { ACCEPT_ATTRIBUTE, ACCEPTED_EXTENSIONS, formatBytes, preCheck } from "./file-checks";
import { entrySummary, overallProgress, tally, tallyText, type UploadEntry } from "./upload-entry";
import { UploadList } from "./upload-list";
import "./upload-panel.css";

/** What the live region says: set when files are added, derived from the list when one finishes. */
type Notice = { text: string } | { finishedKey: number };

function finishedAnnouncement(entries: readonly UploadEntry[], key: number): string {
  const entry = entries.find((e) => e.key === key);
  if (!entry) return "";
  const sent = entries.filter((e) => e.state !== "rejected");
  const allDone = !entries.some((e) => e.state === "queued" || e.state === "uploading");
  return `${entrySummary(entry)}${allDone && sent.length > 1 ? ` All uploads finished: ${tallyText(tally(entries))}.` : ""}`;
}

/** Upload many files at once: a drop zone that is also the picker's button, progress, and per-file results. */
export function UploadPanel({ maxBytes, projectId }: { maxBytes: number; projectId: string }) {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<Notice>({ text: "" });
  const inputRef = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);
  // Files waiting their turn, oldest first, and whether one is on its way.
  const waiting = useRef<UploadEntry[]>([]);
  const running = useRef(false);

  const update = useCallback((key: number, patch: Partial<UploadEntry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  }, []);

  function addFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    const added: UploadEntry[] = Array.from(files, (file) => {
      const problem = preCheck(file, maxBytes);
      return {
        key: nextKey.current++,
        file,
        state: problem ? "rejected" : "queued",
        sent: 0,
        total: file.size,
        projectId,
        ...(problem ? { problem: { code: "refused", message: problem } } : {}),
      };
    });
    setEntries((list) => [...list, ...added]);
    waiting.current.push(...added.filter((e) => e.state === "queued"));
    sendNext();
    const refused = added.filter((e) => e.state === "rejected");
    const noun = added.length === 1 ? "file" : "files";
    setNotice({
      text: `${added.length} ${noun} added${refused.length ? `; ${refused.map(entrySummary).join(" ")}` : "."}`,
    });
  }

  // One file at a time: each import sees the ones before it, so two copies of the same article
  // in one batch end as "created" and "duplicate" instead of racing into two articles.
  function sendNext() {
    if (running.current) return;
    const next = waiting.current.shift();
    if (!next) return;
    running.current = true;
    update(next.key, { state: "uploading" });
    void uploadFile(next.file, (sent, total) => update(next.key, { sent, total }), next.projectId).then((outcome) => {
      running.current = false;
      const patch: Partial<UploadEntry> = outcome.ok
        ? { state: "done", results: outcome.results, project: outcome.project }
        : { state: "failed", problem: outcome.error };
      update(next.key, patch);
      setNotice({ finishedKey: next.key });
      sendNext();
    });
  }

  // A file dropped beside the zone would make the browser open it in place of this page.
  useEffect(() => {
    const block = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    window.addEventListener("dragover", block);
    window.addEventListener("drop", block);
    return () => {
      window.removeEventListener("dragover", block);
      window.removeEventListener("drop", block);
    };
  }, []);

  function onDrop(e: DragEvent<HTMLButtonElement>) {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  }

  const busy = entries.some((e) => e.state === "queued" || e.state === "uploading");
  const sending = entries.filter((e) => e.state !== "rejected");
  const finished = sending.filter((e) => e.state === "done" || e.state === "failed").length;
  const progress = overallProgress(entries);
  const announcement = "text" in notice ? notice.text : finishedAnnouncement(entries, notice.finishedKey);

  return (
    <>
      <button
        type="button"
        className={`dropzone${dragging ? " dropzone--active" : ""}`}
        onClick={() => inputRef.current?.click()}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          // Leaving for a child of the zone is not leaving the zone.
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        aria-labelledby="dropzone-title"
        aria-describedby="dropzone-hint"
      >
        <span id="dropzone-title" className="dropzone__title">
          Choose files or drop them here
        </span>
        <span id="dropzone-hint" className="dropzone__hint">
          {ACCEPTED_EXTENSIONS.join(" ")} · up to {formatBytes(maxBytes)} each · several at once. A .jsonl file holds
          one article per line.
        </span>
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Files to import"
        onChange={(e) => {
          addFiles(e.currentTarget.files);
          // Cleared so that picking the same file again still counts as a change.
          e.currentTarget.value = "";
        }}
      />

      {entries.length > 0 ? (
        <div className="upload-status">
          {sending.length > 0 ? (
            <div className="upload-progress">
              <label htmlFor="upload-overall" className="upload-progress__label">
                <span>Overall progress</span>
                <span className="muted">
                  {finished} of {sending.length} {sending.length === 1 ? "file" : "files"}
                  {busy ? "" : ` · ${tallyText(tally(entries))}`}
                </span>
              </label>
              <progress id="upload-overall" max={100} value={Math.round(progress * 100)}>
                {Math.round(progress * 100)}%
              </progress>
            </div>
          ) : null}
          <UploadList entries={entries} />
          {busy ? null : (
            <p className="upload-status__actions">
              <button type="button" className="button button--secondary button--small" onClick={() => setEntries([])}>
                Clear list
              </button>
            </p>
          )}
        </div>
      ) : null}

      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
