/**
 * Browser-side calls of the review endpoints. Kept free of server code and of zod so the
 * queue's bundle stays small; the shapes mirror `lib/review/schema.ts`.
 */

export type Decision = "approve" | "reject" | "request_changes";

/** The editable attributes the queue compares to tell a reviewer what changed. */
export type ClaimFields = Record<string, unknown>;

/** The claim as the workflow endpoints return it (and as a 409 carries it in `current`). */
export interface ReviewClaimWire extends ClaimFields {
  id: string;
  status: string;
  version: number;
  reviewer: { id: string; name: string } | null;
}

export type CallResult =
  | { ok: true; claim: ReviewClaimWire }
  | { ok: false; status: number; message: string; current: ReviewClaimWire | null };

function isWire(value: unknown): value is ReviewClaimWire {
  return typeof value === "object" && value !== null && "id" in value && "status" in value && "version" in value;
}

async function post(path: string, body: unknown): Promise<CallResult> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: "The server could not be reached. Check your connection and try again.",
      current: null,
    };
  }
  const data: unknown = await res.json().catch(() => null);
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  if (res.ok && isWire(record.claim)) return { ok: true, claim: record.claim };
  const error =
    typeof record.error === "object" && record.error !== null ? (record.error as Record<string, unknown>) : {};
  const message = typeof error.message === "string" ? error.message : `The server answered ${res.status}.`;
  return { ok: false, status: res.status, message, current: isWire(record.current) ? record.current : null };
}

export function postDecision(claimId: string, body: { decision: Decision; comment?: string; version: number }) {
  return post(`/api/claims/${encodeURIComponent(claimId)}/review`, body);
}

export function postReopen(claimId: string, body: { reason: string; version: number }) {
  return post(`/api/claims/${encodeURIComponent(claimId)}/reopen`, body);
}
