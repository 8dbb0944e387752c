import type { ReactNode } from "react";

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled `<select>` for the GET filter bars (claims, review queue, audit log): the first
 * option, with an empty value, means "no filter".
 */
export function SelectField({
  id,
  name,
  label,
  value,
  anyLabel,
  options,
  invalid,
  className = "field",
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  /** The text of the "no filter" option, e.g. "All kinds". */
  anyLabel: string;
  options: SelectOption[];
  /** Marks a value the URL gave that could not be used. */
  invalid?: boolean;
  className?: string;
  /** Extra options after the list (e.g. the value the URL selects when the list lacks it). */
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} aria-invalid={invalid || undefined} className="select" defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
    </div>
  );
}
