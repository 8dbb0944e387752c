import type { ClaimSort } from "@/lib/claims/schema";

/** The query parameters of /claims, in the order they appear in its URLs. */
const claimsParamKeys = [
  "q",
  "articleId",
  "kind",
  "status",
  "authorId",
  "valueMin",
  "valueMax",
  "sort",
  "page",
  "pageSize",
] as const;
export type ClaimsParamKey = (typeof claimsParamKeys)[number];

/** The query of /claims as written in the URL, before validation (the URL is the page's state). */
export type ClaimsParams = Partial<Record<ClaimsParamKey, string>>;

/** What `listClaims` sorts by when the URL does not say. */
export const DEFAULT_SORT: ClaimSort = "-created";

/**
 * The known parameters of a request: the first of repeated ones, blanks dropped (a GET form
 * sends every field, and an empty one means "any"). Unknown parameters are ignored.
 */
export function readClaimsParams(raw: Record<string, string | string[] | undefined>): ClaimsParams {
  const params: ClaimsParams = {};
  for (const key of claimsParamKeys) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== "") params[key] = first;
  }
  return params;
}

/** Whether the request spelled out blank fields, so the page can redirect to the short URL. */
export function hasBlankParams(raw: Record<string, string | string[] | undefined>): boolean {
  return claimsParamKeys.some((key) => {
    const value = raw[key];
    return Array.isArray(value) ? value.some((v) => v.trim() === "") : value !== undefined && value.trim() === "";
  });
}

/** `/claims?…`, leaving out blanks and defaults so shared links stay short and readable. */
export function claimsHref(params: ClaimsParams): string {
  const search = new URLSearchParams();
  for (const key of claimsParamKeys) {
    const value = params[key];
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === DEFAULT_SORT) continue;
    if (key === "page" && value === "1") continue;
    search.set(key, value);
  }
  const query = search.toString();
  return query ? `/claims?${query}` : "/claims";
}

/** A sortable column: the key for ascending order, and for descending where the list offers it. */
export interface SortKeys {
  asc: ClaimSort;
  desc?: ClaimSort;
}

/**
 * Where a header click leads: unsorted → ascending → descending (if offered) → back to the
 * default order, the cycle most data tables use.
 */
export function nextSort(current: ClaimSort, keys: SortKeys): ClaimSort {
  if (current === keys.asc) return keys.desc ?? DEFAULT_SORT;
  if (current === keys.desc) return DEFAULT_SORT;
  return keys.asc;
}

export function sortDirection(current: ClaimSort, keys: SortKeys): "ascending" | "descending" | undefined {
  if (current === keys.asc) return "ascending";
  if (current === keys.desc) return "descending";
  return undefined;
}
