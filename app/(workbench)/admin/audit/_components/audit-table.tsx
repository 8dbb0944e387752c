import Link from "next/link";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import type { AuditEventView } from "@/lib/audit/audit-view";
import { formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { describeChanges, eventNote } from "@/app/(workbench)/_components/history-format";
import { auditHref, type AuditParams } from "./audit-href";

const text = (value: unknown) => (typeof value === "string" ? value : "—");

/** What an event changed, in one line: the status move and comment, the edited fields, or the record's name. */
function summary(event: AuditEventView): string {
  const { before, after } = event;
  if (event.action === "user.role_change") return `Role: ${text(before?.role)} → ${text(after?.role)}`;
  if (!before && after)
    return `Created ${event.entityType === "claim" ? `“${text(after.exact)}”` : text(after.email ?? after.name)}`;
  if (before && !after)
    return `Deleted ${event.entityType === "claim" ? `“${text(before.exact)}”` : text(before.email ?? before.name)}`;
  const parts: string[] = [];
  if (before?.status !== after?.status) parts.push(`Status: ${text(before?.status)} → ${text(after?.status)}`);
  const note = eventNote(after);
  if (note) parts.push(`“${note}”`);
  for (const c of describeChanges(event.changes, before, after)) parts.push(`${c.label}: ${c.from} → ${c.to}`);
  return parts.join(" · ");
}

function EntityLink({ event, params }: { event: AuditEventView; params: AuditParams }) {
  const all = auditHref({ ...params, entityType: event.entityType, entityId: event.entityId, page: undefined });
  return (
    <div className="cell-inline">
      <span className="badge badge--neutral">{event.entityType}</span>
      {event.entityType === "claim" ? (
        <Link
          className="mono"
          href={`/review/${encodeURIComponent(event.entityId)}`}
          title="Open the claim's review record"
        >
          {event.entityId}
        </Link>
      ) : (
        <span className="mono">{event.entityId}</span>
      )}
      <Link href={all} className="audit-table__all">
        all events<span className="visually-hidden"> for this {event.entityType}</span>
      </Link>
    </div>
  );
}

function BeforeAndAfter({ event }: { event: AuditEventView }) {
  return (
    <details className="audit-table__details">
      <summary>Before and after</summary>
      <div className="audit-table__json">
        <div>
          <p className="field__label">Before</p>
          <pre>{event.before ? JSON.stringify(event.before, null, 2) : "—"}</pre>
        </div>
        <div>
          <p className="field__label">After</p>
          <pre>{event.after ? JSON.stringify(event.after, null, 2) : "—"}</pre>
        </div>
      </div>
    </details>
  );
}

/** The log's rows, newest first; before and after are shown in full on demand. */
export function AuditTable({ items, params }: { items: AuditEventView[]; params: AuditParams }) {
  const columns: Column<AuditEventView>[] = [
    {
      key: "when",
      header: "When",
      className: "date",
      cell: (event) => <time dateTime={isoDate(event.createdAt)}>{formatDateTime(event.createdAt)}</time>,
    },
    {
      key: "actor",
      header: "Actor",
      cellClassName: "nowrap",
      cell: (event) =>
        event.actor ? <span title={event.actor.email}>{event.actor.name}</span> : <span className="muted">System</span>,
    },
    { key: "action", header: "Action", cell: (event) => <code className="audit-action">{event.action}</code> },
    { key: "entity", header: "Entity", cell: (event) => <EntityLink event={event} params={params} /> },
    {
      key: "change",
      header: "Change",
      className: "col-main",
      cell: (event) => {
        const line = summary(event);
        return (
          <>
            {line ? <div className="audit-table__summary">{line}</div> : null}
            <BeforeAndAfter event={event} />
          </>
        );
      },
    },
  ];
  return (
    <DataTable
      caption="Audit events, newest first"
      className="audit-table"
      columns={columns}
      rows={items}
      rowKey={(event) => event.id}
      rowProps={(event) => ({ "data-action": event.action })}
    />
  );
}
