import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const GET = route(ops.getAudit, async ({ db, query }) => listAuditEvents({ db, query }));
