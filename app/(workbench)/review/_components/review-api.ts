/**
 * Browser-side calls of the review endpoints, through the one API client. Kept free of server
 * code and of zod so the queue's bundle stays small; the shapes mirror `lib/review/schema.ts`.
 */
import { ApiError, callApi } from "@/app/_components/api-client";
import type { ReviewClaimWire } from "@/lib/review/wire";

export type Decision = "approve" | "reject" | "request_changes";

/** The editable attributes the queue compares to tell a reviewer what changed, by name. */
export type ComparedFields = Record<string, unknown>;

export type CallResult =
  | { ok: true; claim: ReviewClaimWire }
  | { ok: false; status: number; message: string; current: ReviewClaimWire | null };

function isWire(value: unknown): value is ReviewClaimWire {
  return typeof value === "object" && value !== null && "id" in value && "status" in value && "version" in value;
}

async function post(path: string, body: unknown): Promise<CallResult> {
  try {
    const { claim } = await callApi<{ claim: unknown }>(path, { method: "POST", body });
    if (isWire(claim)) return { ok: true, claim };
    return { ok: false, status: 200, message: "The server answered 200.", current: null };
  } catch (error) {
    if (!(error instanceof ApiError))
      return { ok: false, status: 0, message: "The server's answer could not be read. Try again.", current: null };
    const current = isWire(error.current) ? error.current : null;
    return { ok: false, status: error.status, message: error.message, current };
  }
}

export function postDecision(claimId: string, body: { decision: Decision; comment?: string; version: number }) {
  return post(`/api/claims/${encodeURIComponent(claimId)}/review`, body);
}

export function postReopen(claimId: string, body: { reason: string; version: number }) {
  return post(`/api/claims/${encodeURIComponent(claimId)}/reopen`, body);
}

/** Takes back the caller's decision within seconds of making it (`version`: what the decision answered with). */
export function postUndo(claimId: string, body: { version: number }) {
  return post(`/api/claims/${encodeURIComponent(claimId)}/review/undo`, body);
}

/**
 * A reviewer's statement for a submitted claim: the claim's own edit (`PATCH /api/claims/{id}`,
 * validated as the claim panel's), with only `statement` and the version the queue holds.
 */
export async function patchStatement(
  claimId: string,
  body: { statement: string | null; version: number },
): Promise<{ ok: true; version: number; statement: string | null } | Extract<CallResult, { ok: false }>> {
  try {
    const claim = await callApi<{ version: number; statement: string | null }>(
      `/api/claims/${encodeURIComponent(claimId)}`,
      { method: "PATCH", body },
    );
    return { ok: true, version: claim.version, statement: claim.statement };
  } catch (error) {
    if (!(error instanceof ApiError))
      return { ok: false, status: 0, message: "The server's answer could not be read. Try again.", current: null };
    const current = isWire(error.current) ? error.current : null;
    return {
      ok: false,
      status: error.status,
      message: error.issueFor("statement") ? `Statement ${error.issueFor("statement")}.` : error.message,
      current,
    };
  }
}
