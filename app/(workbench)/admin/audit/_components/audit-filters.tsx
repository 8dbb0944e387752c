import { auditActions, auditEntityTypes } from "@/lib/audit/record-audit";
import { FilterBar, InputField, SelectField } from "@/app/(workbench)/_components/filter-bar";
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
    <FilterBar
      action="/admin/audit"
      label="Filter the audit log"
      className="audit-filters"
      actionsClassName="audit-filters__actions"
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
      <InputField
        id="audit-entity-id"
        name="entityId"
        label="Entity id"
        inputClassName="input input--mono"
        defaultValue={params.entityId}
        maxLength={100}
        invalid={bad("entityId")}
      />
      <InputField
        id="audit-from"
        name="from"
        label="From"
        type="date"
        defaultValue={params.from}
        invalid={bad("from")}
      />
      <InputField id="audit-to" name="to" label="To" type="date" defaultValue={params.to} invalid={bad("to")} />
    </FilterBar>
  );
}
