/**
 * The evidence, cluster and claim endpoints as the claim and cluster pages call them. Every
 * failure becomes an `ApiError` with the server's message and field issues, so forms can show
 * what the server said instead of a status code.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The message for one field, if the server blamed it. */
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

interface ErrorBody {
  error?: { message?: string; issues?: { path: string; message: string }[] };
}

export async function callApi<T>(url: string, init?: { method: string; body?: unknown }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "Could not reach the server. Check your connection and try again.");
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => ({}))) as ErrorBody;
  throw new ApiError(res.status, body.error?.message ?? `The server answered ${res.status}.`, body.error?.issues ?? []);
}

/** What a failed call should tell the person: the server's words, or a generic line. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  return "Something went wrong. Please try again.";
}

/** A claim as the claims search (GET /api/claims) returns it, reduced to what the pickers show. */
export interface FoundClaim {
  id: string;
  articleId: string;
  exact: string;
  kind: string;
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  unit: string | null;
  article: { id: string; title: string };
}

const enc = encodeURIComponent;

export const workbenchApi = {
  searchClaims: (params: Record<string, string>) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v.trim() !== ""));
    query.set("pageSize", "8");
    return callApi<{ items: FoundClaim[]; total: number }>(`/api/claims?${query.toString()}`);
  },
  link: (claimId: string, body: Record<string, unknown>) => callApi<{ id: string }>(`/api/claims/${enc(claimId)}/evidence`, { method: "POST", body }),
  unlink: (evidenceId: string) => callApi<{ deleted: true }>(`/api/evidence/${enc(evidenceId)}`, { method: "DELETE" }),
  setVerdict: (claimId: string, body: { version: number; verdict: string | null; justification: string | null }) =>
    callApi<{ version: number }>(`/api/claims/${enc(claimId)}`, { method: "PATCH", body }),
  createCluster: (name: string) => callApi<{ id: string; name: string }>("/api/clusters", { method: "POST", body: { name } }),
  addToCluster: (clusterId: string, claimId: string) => callApi<{ added: boolean }>(`/api/clusters/${enc(clusterId)}/claims`, { method: "POST", body: { claimId } }),
  removeFromCluster: (clusterId: string, claimId: string) => callApi<{ removed: true }>(`/api/clusters/${enc(clusterId)}/claims/${enc(claimId)}`, { method: "DELETE" }),
};
