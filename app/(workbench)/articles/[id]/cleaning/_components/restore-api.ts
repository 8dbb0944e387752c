/** The browser's call to `POST /api/articles/{id}/cleaning/restore` (through the one API client), reduced to what the page shows. */
import { ApiError, callApi } from "@/app/_components/api-client";

interface Orphan {
  id: string;
  exact: string;
  reason: string;
}

export type RestoreOutcome =
  | { kind: "restored"; reanchored: number; orphans: Orphan[] }
  /** 409: the article's version moved on since the page was loaded. */
  | { kind: "stale" }
  | { kind: "error"; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export async function restoreBlock(articleId: string, index: number, version: number): Promise<RestoreOutcome> {
  let body: unknown;
  try {
    body = await callApi<unknown>(`/api/articles/${encodeURIComponent(articleId)}/cleaning/restore`, {
      method: "POST",
      body: { index, version },
    });
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: "error", message: "The server's answer could not be read." };
    if (error.status === 409) return { kind: "stale" };
    if (error.status === 401) return { kind: "error", message: "Your session has ended. Sign in again, then retry." };
    return { kind: "error", message: error.message };
  }
  const orphans =
    isRecord(body) && Array.isArray(body.orphans)
      ? body.orphans
          .filter(isRecord)
          .map((o) => ({ id: String(o.id), exact: String(o.exact ?? ""), reason: String(o.reason ?? "") }))
      : [];
  return { kind: "restored", reanchored: isRecord(body) ? Number(body.reanchored) || 0 : 0, orphans };
}

const ORPHAN_REASONS: Record<string, string> = {
  "not-found": "its quote is no longer in the text",
  "low-similarity": "only a poor match for its quote is left",
  "empty-quote": "it has no quote to look for",
};

export function orphanReason(reason: string): string {
  return ORPHAN_REASONS[reason] ?? reason;
}
