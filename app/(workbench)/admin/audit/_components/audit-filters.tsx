import Link from "next/link";
import { auditActions, auditEntityTypes } from "@/lib/audit/record-audit";
import { SelectField } from "@/app/_components/select-field";
import type { AuditParams } from "./audit-href";

/** The log's filter bar: a GET form, so every filtered view is a link. */
export function AuditFilters({
  params,
  users,
  invalid,
}: {
  params: AuditParams;
  users: { id: string; name: string; email: string }[];
  invalid: ReadonlySet<PropertyKey>;
}) {
  const bad = (key: string) => (invalid.has(key) ? true : undefined);
  return (
    <form
      className="card audit-filters"
      role="search"
      aria-label="Filter the audit log"
      method="get"
      action="/admin/audit"
    >
      <SelectField
        id="audit-actor"
        name="actorId"
        label="Actor"
        value={params.actorId}
        anyLabel="Anyone"
        invalid={bad("actorId")}
        options={users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
      />
      <SelectField
        id="audit-action"
        name="action"
        label="Action"
        value={params.action}
        anyLabel="Any action"
        invalid={bad("action")}
        options={auditActions.map((a) => ({ value: a, label: a }))}
      >
        {params.action && !auditActions.some((a) => a === params.action) ? (
          <option value={params.action}>{params.action}</option>
        ) : null}
      </SelectField>
      <SelectField
        id="audit-entity-type"
        name="entityType"
        label="Entity type"
        value={params.entityType}
        anyLabel="Any"
        invalid={bad("entityType")}
        options={auditEntityTypes.map((t) => ({ value: t, label: t }))}
      />
      <div className="field">
        <label className="field__label" htmlFor="audit-entity-id">
          Entity id
        </label>
        <input
          id="audit-entity-id"
          name="entityId"
          className="input input--mono"
          defaultValue={params.entityId}
          maxLength={100}
          aria-invalid={bad("entityId")}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-from">
          From
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          className="input"
          defaultValue={params.from}
          aria-invalid={bad("from")}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-to">
          To
        </label>
        <input
          id="audit-to"
          name="to"
          type="date"
          className="input"
          defaultValue={params.to}
          aria-invalid={bad("to")}
        />
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
