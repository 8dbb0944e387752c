/** The admin log's URL parameters, in the order they appear in links. */
export const auditParamKeys = ["actorId", "action", "entityType", "entityId", "from", "to", "page"] as const;
type AuditParamKey = (typeof auditParamKeys)[number];
export type AuditParams = Partial<Record<AuditParamKey, string>>;

/** `/admin/audit?…` with empty values and page 1 left out. */
export function auditHref(params: AuditParams): string {
  const search = new URLSearchParams();
  for (const key of auditParamKeys) {
    const value = params[key];
    if (value && !(key === "page" && value === "1")) search.set(key, value);
  }
  const query = search.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
