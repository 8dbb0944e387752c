import Link from "next/link";
import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * A list page's filter bar: a plain GET form, so the URL holds the whole state (shareable,
 * bookmarkable, works without JavaScript), with Apply and Clear (back to the bare list).
 */
export function FilterBar({
  action,
  label,
  className,
  actionsClassName,
  children,
}: {
  /** The list's path; Clear links to it. */
  action: string;
  /** The search landmark's name, e.g. "Filter claims". */
  label: string;
  /** Classes of the form (its layout), beside `card`. */
  className: string;
  /** Classes of the row with Apply and Clear. */
  actionsClassName: string;
  children: ReactNode;
}) {
  return (
    <form className={`card ${className}`} role="search" aria-label={label} method="get" action={action}>
      {children}
      <div className={actionsClassName}>
        <button type="submit" className="button">
          Apply
        </button>
        <Link href={action} className="button button--secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled `<select>` of a filter bar: the first option, with an empty value, means "no filter". */
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

/** A labelled `<input>` of a filter bar (text, number, date), its value from the URL. */
export function InputField({
  id,
  label,
  invalid,
  className = "field",
  inputClassName = "input",
  ...input
}: {
  id: string;
  name: string;
  label: string;
  /** Marks a value the URL gave that could not be used. */
  invalid?: boolean;
  className?: string;
  inputClassName?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "aria-invalid">) {
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className={inputClassName} aria-invalid={invalid || undefined} {...input} />
    </div>
  );
}
