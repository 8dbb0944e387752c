import type { Db } from "@/lib/db/client";
import { auditEventSelect, toAuditEventView } from "./audit-view";
import type { ListAuditFilters } from "./schema";

/**
 * One page of the whole audit log, newest first, for admins (parse the query with
 * `ListAuditQuery` first). Every filter is optional and they combine with AND; `id` breaks ties
 * so paging is stable within one millisecond.
 */
export async function listAuditEvents({ db, query }: { db: Db; query: ListAuditFilters }) {
  const { actorId, action, entityType, entityId, from, to, page, pageSize } = query;
  const where = {
    actorId,
    action,
    entityType,
    entityId,
    ...(from || to ? { createdAt: { gte: from, lte: to } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: auditEventSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items: rows.map(toAuditEventView), page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
