import Link from "next/link";
import { auditActions, auditEntityTypes } from "@/lib/audit/record-audit";
import type { AuditParams } from "./audit-href";

/** The log's filter bar: a GET form, so every filtered view is a link. */
export function AuditFilters({ params, users, invalid }: { params: AuditParams; users: { id: string; name: string; email: string }[]; invalid: ReadonlySet<PropertyKey> }) {
  const bad = (key: string) => (invalid.has(key) ? true : undefined);
  return (
    <form className="card audit-filters" role="search" aria-label="Filter the audit log" method="get" action="/admin/audit">
      <div className="field">
        <label className="field__label" htmlFor="audit-actor">
          Actor
        </label>
        <select id="audit-actor" name="actorId" className="select" defaultValue={params.actorId ?? ""} aria-invalid={bad("actorId")}>
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-action">
          Action
        </label>
        <select id="audit-action" name="action" className="select" defaultValue={params.action ?? ""} aria-invalid={bad("action")}>
          <option value="">Any action</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
          {params.action && !auditActions.some((a) => a === params.action) ? <option value={params.action}>{params.action}</option> : null}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-entity-type">
          Entity type
        </label>
        <select id="audit-entity-type" name="entityType" className="select" defaultValue={params.entityType ?? ""} aria-invalid={bad("entityType")}>
          <option value="">Any</option>
          {auditEntityTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-entity-id">
          Entity id
        </label>
        <input id="audit-entity-id" name="entityId" className="input input--mono" defaultValue={params.entityId} maxLength={100} aria-invalid={bad("entityId")} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-from">
          From
        </label>
        <input id="audit-from" name="from" type="date" className="input" defaultValue={params.from} aria-invalid={bad("from")} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-to">
          To
        </label>
        <input id="audit-to" name="to" type="date" className="input" defaultValue={params.to} aria-invalid={bad("to")} />
      </div>
      <div className="audit-filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        <Link href="/admin/audit" className="button button--secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}
