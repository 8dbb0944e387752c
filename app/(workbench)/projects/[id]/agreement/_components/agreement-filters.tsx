/** The agreement page's filters (kind, annotators, date range): a GET form, so every view is a link. */
import { FilterBar, InputField, SelectField } from "@/app/(workbench)/_components/filter-bar";
import type { AgreementParams } from "./agreement-params";

export function AgreementFilters({
  action,
  params,
  kinds,
  annotators,
  invalid,
}: {
  action: string;
  params: AgreementParams;
  kinds: { key: string; label: string }[];
  annotators: { id: string; name: string }[];
  invalid: ReadonlySet<string>;
}) {
  const chosen = new Set(params.annotators);
  return (
    <FilterBar
      action={action}
      label="Filter the agreement report"
      className="agreement-filters"
      actionsClassName="agreement-filters__actions"
    >
      <SelectField
        id="agreement-kind"
        name="kind"
        label="Kind"
        value={params.kind}
        anyLabel="All kinds"
        invalid={invalid.has("kind") || undefined}
        options={kinds.map((k) => ({ value: k.key, label: k.label }))}
      />
      <InputField
        id="agreement-from"
        name="from"
        label="Completed from"
        type="date"
        defaultValue={params.from}
        invalid={invalid.has("from") || undefined}
      />
      <InputField
        id="agreement-to"
        name="to"
        label="to"
        type="date"
        defaultValue={params.to}
        invalid={invalid.has("to") || undefined}
      />
      <fieldset className="agreement-filters__annotators" aria-invalid={invalid.has("annotators") || undefined}>
        <legend className="field__label">Annotators (two or more; none: everyone)</legend>
        {annotators.length === 0 ? <p className="muted">No annotators in this project yet.</p> : null}
        {annotators.map((a) => (
          <label key={a.id} className="check">
            <input type="checkbox" name="annotator" value={a.id} defaultChecked={chosen.has(a.id)} /> {a.name}
          </label>
        ))}
      </fieldset>
    </FilterBar>
  );
}
