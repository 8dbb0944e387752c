import type { ErrorWire } from "@/lib/http/wire";
import type { FileResult, ImportProject } from "./import-api";

/** One file the user picked, through its life on the page. */
export interface UploadEntry {
  key: number;
  file: File;
  /** rejected: refused in the browser and never sent; failed: the request itself failed. */
  state: "rejected" | "queued" | "uploading" | "done" | "failed";
  /** Bytes sent so far and the request's size (the file plus its multipart wrapping). */
  sent: number;
  total: number;
  /** Why the file was refused before sending, or why its request failed. */
  problem?: ErrorWire;
  results?: FileResult[];
  /** The project the server says the file's articles were added to. */
  project?: ImportProject;
  /** The project chosen when the file was added (blank: none); its articles are included there. */
  projectId: string;
}

export interface Tally {
  created: number;
  duplicates: number;
  errors: number;
}

/** Counts per outcome over the entries' results; a refused or failed file counts as one error. */
export function tally(entries: readonly UploadEntry[]): Tally {
  const t: Tally = { created: 0, duplicates: 0, errors: 0 };
  for (const e of entries) {
    if (e.state === "rejected" || e.state === "failed") t.errors++;
    for (const r of e.results ?? []) {
      if (r.status === "created") t.created++;
      else if (r.status === "duplicate") t.duplicates++;
      else t.errors++;
    }
  }
  return t;
}

export function tallyText(t: Tally): string {
  return `${t.created} created, ${t.duplicates} ${t.duplicates === 1 ? "duplicate" : "duplicates"}, ${t.errors} ${t.errors === 1 ? "error" : "errors"}`;
}

/**
 * How far the current list is, 0..1, each file weighted by its size so one large file does
 * not look done when the small ones are. Refused files are not part of the upload.
 */
export function overallProgress(entries: readonly UploadEntry[]): number {
  let weight = 0;
  let done = 0;
  for (const e of entries) {
    if (e.state === "rejected") continue;
    const w = Math.max(1, e.file.size);
    weight += w;
    if (e.state === "done" || e.state === "failed") done += w;
    // Held just under full until the answer arrives: the server is still importing.
    else if (e.state === "uploading" && e.total > 0) done += w * Math.min(0.95, e.sent / e.total);
  }
  return weight === 0 ? 0 : done / weight;
}

/** A one-line account of a file's outcome, for the live region. */
export function entrySummary(e: UploadEntry): string {
  if (e.state === "rejected") return `${e.file.name}: not sent. ${e.problem?.message ?? ""}`.trim();
  if (e.state === "failed") return `${e.file.name}: upload failed. ${e.problem?.message ?? ""}`.trim();
  const results = e.results ?? [];
  if (results.length === 1 && results[0]?.line === undefined) {
    const r = results[0];
    if (r.status === "created") return `${e.file.name}: imported.`;
    if (r.status === "duplicate") return `${e.file.name}: already in the corpus.`;
    return `${e.file.name}: not imported. ${r.error?.message ?? ""}`.trim();
  }
  return `${e.file.name}: ${tallyText(tally([{ ...e, state: "done" }]))}.`;
}
