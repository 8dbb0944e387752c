import { route } from "@/lib/http/route";
import { ListAuditQuery } from "@/lib/audit/schema";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

/**
 * The whole audit log for admins, newest first: `?actorId=&action=&entityType=&entityId=&from=&to=&page=&pageSize=`
 * → `{ items, page, pageSize, total, pages }`. Only GET exists: the log cannot be changed
 * through the API (other methods answer 405).
 */
export const GET = route({ permission: "users.manage", query: ListAuditQuery }, async ({ db, query }) =>
  listAuditEvents({ db, query }),
);
