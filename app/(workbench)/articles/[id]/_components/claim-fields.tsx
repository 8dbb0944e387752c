"use client";

import type { ReactNode } from "react";
import type { Qualifier } from "@/lib/claims/wire-values";
import { qualifierLabels, qualifiersInOrder } from "@/app/(workbench)/_components/claim-labels";
import type { ClaimFields } from "./claim-types";

/** Field-level problems from the server, by wire field name. */
export type FieldErrors = Partial<Record<keyof ClaimFields | "span", string>>;

const parseNumber = (raw: string): number | null => {
  const n = Number(raw.replace(/[,\s]/g, ""));
  return raw.trim() === "" || !Number.isFinite(n) ? null : n;
};

function Field({
  id,
  label,
  error,
  children,
  wide = false,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={`field${wide ? " field--wide" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The claim attributes after the kind: value with qualifier (and upper value for a range),
 * unit, time reference, attribution and note. Used by the tagging popover and the side panel.
 */
export function ClaimAttributeFields({
  fields,
  onChange,
  idPrefix,
  errors = {},
  disabled = false,
}: {
  fields: ClaimFields;
  onChange: (patch: Partial<ClaimFields>) => void;
  idPrefix: string;
  errors?: FieldErrors;
  disabled?: boolean;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const invalid = (name: keyof ClaimFields) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${id(name)}-error` } : {};
  return (
    <div className="claim-fields">
      <div className="claim-fields__figure">
        <Field id={id("value")} label="Value" error={errors.value}>
          <input
            id={id("value")}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            disabled={disabled}
            value={fields.value === null ? "" : String(fields.value)}
            onChange={(e) => onChange({ value: parseNumber(e.target.value) })}
            {...invalid("value")}
          />
        </Field>
        <Field id={id("qualifier")} label="Qualifier" error={errors.qualifier}>
          <select
            id={id("qualifier")}
            className="select"
            disabled={disabled}
            value={fields.qualifier ?? ""}
            onChange={(e) => onChange({ qualifier: e.target.value === "" ? null : (e.target.value as Qualifier) })}
            {...invalid("qualifier")}
          >
            <option value="">—</option>
            {qualifiersInOrder.map((q) => (
              <option key={q} value={q}>
                {qualifierLabels[q]}
              </option>
            ))}
          </select>
        </Field>
        {fields.qualifier === "range" ? (
          <Field id={id("valueMax")} label="Upper value" error={errors.valueMax}>
            <input
              id={id("valueMax")}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              disabled={disabled}
              value={fields.valueMax === null ? "" : String(fields.valueMax)}
              onChange={(e) => onChange({ valueMax: parseNumber(e.target.value) })}
              {...invalid("valueMax")}
            />
          </Field>
        ) : null}
      </div>
      <Field id={id("unit")} label="Unit / what is counted" error={errors.unit} wide>
        <input
          id={id("unit")}
          className="input"
          autoComplete="off"
          disabled={disabled}
          value={fields.unit}
          onChange={(e) => onChange({ unit: e.target.value })}
          {...invalid("unit")}
        />
      </Field>
      <Field id={id("timeRef")} label="Time reference" error={errors.timeRef}>
        <input
          id={id("timeRef")}
          className="input"
          autoComplete="off"
          disabled={disabled}
          value={fields.timeRef}
          onChange={(e) => onChange({ timeRef: e.target.value })}
          {...invalid("timeRef")}
        />
      </Field>
      <Field id={id("attributedTo")} label="Attributed to" error={errors.attributedTo}>
        <input
          id={id("attributedTo")}
          className="input"
          autoComplete="off"
          disabled={disabled}
          value={fields.attributedTo}
          onChange={(e) => onChange({ attributedTo: e.target.value })}
          {...invalid("attributedTo")}
        />
      </Field>
      <Field id={id("authorType")} label="Who is that" error={errors.authorType}>
        <select
          id={id("authorType")}
          className="select"
          disabled={disabled}
          value={fields.authorType}
          onChange={(e) => onChange({ authorType: e.target.value as ClaimFields["authorType"] })}
          {...invalid("authorType")}
        >
          <option value="">Not said</option>
          <option value="person">A person</option>
          <option value="organisation">An organisation</option>
        </select>
      </Field>
      <Field id={id("statement")} label="Statement (self-contained)" error={errors.statement} wide>
        <textarea
          id={id("statement")}
          className="input textarea"
          rows={2}
          disabled={disabled}
          value={fields.statement}
          placeholder="Filled in from the sentence when saved"
          onChange={(e) => onChange({ statement: e.target.value })}
          {...invalid("statement")}
        />
      </Field>
      <Field id={id("note")} label="Note" error={errors.note} wide>
        <textarea
          id={id("note")}
          className="input textarea"
          rows={2}
          disabled={disabled}
          value={fields.note}
          onChange={(e) => onChange({ note: e.target.value })}
          {...invalid("note")}
        />
      </Field>
    </div>
  );
}

/** Server issues (`path` is a wire field) as field errors; anything else stays in the message. */
export function issuesToFieldErrors(issues: readonly { path: string; message: string }[]): FieldErrors {
  const known = new Set<string>([
    "kind",
    "value",
    "qualifier",
    "valueMax",
    "unit",
    "timeRef",
    "attributedTo",
    "authorType",
    "statement",
    "note",
  ]);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = known.has(issue.path)
      ? (issue.path as keyof ClaimFields)
      : issue.path === "start" || issue.path === "end" || issue.path === "exact"
        ? "span"
        : null;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}
