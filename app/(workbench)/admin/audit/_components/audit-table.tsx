import Link from "next/link";
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

/** The log's rows, newest first; before and after are shown in full on demand. */
export function AuditTable({ items, params }: { items: AuditEventView[]; params: AuditParams }) {
  return (
    <div className="table-wrap">
      <table className="table audit-table">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className="date">
              When
            </th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col" className="col-main">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((event) => {
            const line = summary(event);
            return (
              <tr key={event.id} data-action={event.action}>
                <td className="date">
                  <time dateTime={isoDate(event.createdAt)}>{formatDateTime(event.createdAt)}</time>
                </td>
                <td className="nowrap">
                  {event.actor ? (
                    <span title={event.actor.email}>{event.actor.name}</span>
                  ) : (
                    <span className="muted">System</span>
                  )}
                </td>
                <td>
                  <code className="audit-action">{event.action}</code>
                </td>
                <td>
                  <EntityLink event={event} params={params} />
                </td>
                <td className="col-main">
                  {line ? <div className="audit-table__summary">{line}</div> : null}
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
