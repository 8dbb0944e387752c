/**
 * The claim API as the reader calls it. Every failure becomes an `ApiError` carrying the
 * server's message and field issues, and on a 409 the claim as it now is.
 */
import { ApiError, callApi as call } from "@/app/_components/api-client";
import type { Claim, ClaimFields, Suggestion } from "./claim-types";

export { ApiError };

/** On a 409, the claim as stored now (the server sends it as `current`). */
export function storedClaim(error: ApiError): Claim | null {
  return (error.current as Claim | null) ?? null;
}

/** Form fields to the wire: blank text is null, and only a range sends an upper value. */
export function fieldsToBody(fields: ClaimFields) {
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    kind: fields.kind,
    value: fields.value,
    qualifier: fields.value === null ? null : fields.qualifier,
    valueMax: fields.qualifier === "range" ? fields.valueMax : null,
    unit: text(fields.unit),
    timeRef: text(fields.timeRef),
    attributedTo: text(fields.attributedTo),
    authorType: fields.authorType === "" ? null : fields.authorType,
    statement: text(fields.statement),
    note: text(fields.note),
  };
}

/** A new claim's fields: a blank statement or author type is left for the server to fill in. */
function createBody(fields: ClaimFields) {
  const { statement, authorType, ...rest } = fieldsToBody(fields);
  return { ...rest, ...(statement === null ? {} : { statement }), ...(authorType === null ? {} : { authorType }) };
}

const base = (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}`;
/** `?projectId=…` for the reader's project (none: the Default project). */
const inProject = (projectId: string | null) => (projectId ? `?projectId=${encodeURIComponent(projectId)}` : "");

export const claimsApi = {
  list: (articleId: string, projectId: string | null) =>
    call<{ items: Claim[] }>(`${base(articleId)}/claims${inProject(projectId)}`),
  create: (
    articleId: string,
    span: { start: number; end: number; exact: string },
    fields: ClaimFields,
    projectId: string | null,
  ) =>
    call<Claim>(`${base(articleId)}/claims`, {
      method: "POST",
      body: { ...span, ...createBody(fields), ...(projectId ? { projectId } : {}) },
    }),
  update: (id: string, version: number, changes: Partial<ReturnType<typeof fieldsToBody>>) =>
    call<Claim>(`/api/claims/${encodeURIComponent(id)}`, { method: "PATCH", body: { ...changes, version } }),
  remove: (id: string, version: number) =>
    call<{ id: string; deleted: true }>(`/api/claims/${encodeURIComponent(id)}?version=${version}`, {
      method: "DELETE",
    }),
  /** Every page of the article's suggestions. */
  suggestions: async (articleId: string, projectId: string | null) => {
    const items: Suggestion[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const page: { items: Suggestion[]; nextOffset: number | null } = await call(
        `${base(articleId)}/suggestions${inProject(projectId)}${projectId ? "&" : "?"}offset=${offset}`,
      );
      items.push(...page.items);
      offset = page.nextOffset;
    }
    return { items };
  },
  dismiss: (articleId: string, span: { start: number; end: number; exact: string }, projectId: string | null) =>
    call<unknown>(`${base(articleId)}/suggestions/dismiss${inProject(projectId)}`, { method: "POST", body: span }),
};
