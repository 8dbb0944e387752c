import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { ListAuditQuery } from "@/lib/audit/schema";
import { listUsers } from "@/lib/users/list-users";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Pagination } from "@/app/(workbench)/_components/pagination";
import { AuditFilters } from "./_components/audit-filters";
import { auditHref, auditParamKeys, type AuditParams } from "./_components/audit-href";
import { AuditTable } from "./_components/audit-table";
import "./audit.css";

export const metadata: Metadata = { title: "Audit log" };

/** The whole append-only audit trail for admins, filtered and paged; there is nothing to edit here. */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const params: AuditParams = Object.fromEntries(auditParamKeys.map((k) => [k, firstParam(raw[k]) || undefined]));
  await requireActor(auditHref(params), "users.manage");
  const parsed = ListAuditQuery.safeParse(params);
  const db = getDb();
  const [result, users] = await Promise.all([
    parsed.success ? listAuditEvents({ db, query: parsed.data }) : null,
    listUsers({ db }),
  ]);
  const filtered = auditParamKeys.some((k) => k !== "page" && params[k]);

  return (
    <>
      <Link href="/admin" className="back-link">
        ← Admin
      </Link>
      <div className="page-header">
        <div>
          <h1>Audit log</h1>
          <p className="page-header__lede">
            Every change to claims and users, who made it and when. Events are written with the change itself and cannot
            be edited or deleted.
          </p>
        </div>
      </div>
      <AuditFilters params={params} users={users} invalid={new Set(parsed.error?.issues.map((i) => i.path[0]))} />
      {!parsed.success ? (
        <div className="alert" role="alert">
          <p>These filters cannot be used:</p>
          <ul>
            {parsed.error.issues.map((i) => (
              <li key={`${i.path.join(".")}-${i.message}`}>
                {i.path.join(".")}: {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : result && result.items.length === 0 ? (
        <div className="card empty-state">
          <p className="empty-state__title">
            {filtered ? "No events match these filters." : "Nothing has been recorded yet."}
          </p>
          {filtered ? (
            <p>
              <Link href="/admin/audit">Show the whole log</Link>.
            </p>
          ) : null}
        </div>
      ) : result ? (
        <>
          <div className="list-summary">
            <span>
              {formatNumber(result.total)} event{result.total === 1 ? "" : "s"}
              {filtered ? " match" : " in all"} · newest first
            </span>
          </div>
          <AuditTable items={result.items} params={params} />
          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(page) => auditHref({ ...params, page: String(page) })}
          />
        </>
      ) : null}
    </>
  );
}
