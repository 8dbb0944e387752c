/**
 * The evidence, cluster, claim and submit-all endpoints as the claim, cluster and dashboard pages
 * call them. Every failure becomes an `ApiError` with the server's message and field issues, so
 * forms can show what the server said instead of a status code.
 */
import { ApiError, callApi } from "@/app/_components/api-client";
import type { ClaimWire } from "@/lib/claims/wire";

export { ApiError };

/** What a failed call should tell the person: the server's words, or a generic line. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  return "Something went wrong. Please try again.";
}

/** A claim as the claims search (GET /api/claims) returns it, reduced to what the pickers show. */
export type FoundClaim = Pick<
  ClaimWire,
  "id" | "articleId" | "exact" | "kind" | "value" | "qualifier" | "valueMax" | "unit"
> & { article: { id: string; title: string } };

const enc = encodeURIComponent;

export const workbenchApi = {
  searchClaims: (params: Record<string, string>) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v.trim() !== ""));
    query.set("pageSize", "8");
    return callApi<{ items: FoundClaim[]; total: number }>(`/api/claims?${query.toString()}`);
  },
  link: (claimId: string, body: Record<string, unknown>) =>
    callApi<{ id: string }>(`/api/claims/${enc(claimId)}/evidence`, { method: "POST", body }),
  unlink: (evidenceId: string) => callApi<{ deleted: true }>(`/api/evidence/${enc(evidenceId)}`, { method: "DELETE" }),
  setVerdict: (claimId: string, body: { version: number; verdict: string | null; justification: string | null }) =>
    callApi<{ version: number }>(`/api/claims/${enc(claimId)}`, { method: "PATCH", body }),
  createCluster: (name: string) =>
    callApi<{ id: string; name: string }>("/api/clusters", { method: "POST", body: { name } }),
  addToCluster: (clusterId: string, claimId: string) =>
    callApi<{ added: boolean }>(`/api/clusters/${enc(clusterId)}/claims`, { method: "POST", body: { claimId } }),
  submitAll: (articleId: string) =>
    callApi<{ submitted: number; skipped: number }>(`/api/articles/${enc(articleId)}/submit-all`, { method: "POST" }),
  removeFromCluster: (clusterId: string, claimId: string) =>
    callApi<{ removed: true }>(`/api/clusters/${enc(clusterId)}/claims/${enc(claimId)}`, { method: "DELETE" }),
};
