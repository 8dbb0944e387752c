/** The browser's call to `POST /api/articles/{id}/cleaning/restore`, reduced to what the page shows. */

export interface Orphan {
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
  let res: Response;
  try {
    res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/cleaning/restore`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ index, version }),
    });
  } catch {
    return { kind: "error", message: "The server could not be reached. Check your connection and try again." };
  }
  if (res.status === 409) return { kind: "stale" };
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok && isRecord(body)) {
    const orphans = Array.isArray(body.orphans)
      ? body.orphans
          .filter(isRecord)
          .map((o) => ({ id: String(o.id), exact: String(o.exact ?? ""), reason: String(o.reason ?? "") }))
      : [];
    return { kind: "restored", reanchored: Number(body.reanchored) || 0, orphans };
  }
  const message =
    isRecord(body) && isRecord(body.error) && typeof body.error.message === "string"
      ? body.error.message
      : `The server answered ${res.status}.`;
  return {
    kind: "error",
    message: res.status === 401 ? "Your session has ended. Sign in again, then retry." : message,
  };
}

const ORPHAN_REASONS: Record<string, string> = {
  "not-found": "its quote is no longer in the text",
  "low-similarity": "only a poor match for its quote is left",
  "empty-quote": "it has no quote to look for",
};

export function orphanReason(reason: string): string {
  return ORPHAN_REASONS[reason] ?? reason;
}
