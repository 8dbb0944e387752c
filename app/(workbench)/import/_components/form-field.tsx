import type { ReactNode } from "react";

/**
 * A labelled field with an optional hint and error, wired for screen readers: the control is
 * described by both, and marked invalid while it has an error. `children` gets the ARIA props.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Joins a field's label and a server message into a sentence. The API's field messages are
 * fragments meant to follow the field name ("is required", "must be an http(s) URL"); the few
 * that are whole statements only get a capital letter.
 */
export function fieldSentence(label: string, message: string): string {
  const text = message.trim().replace(/[.\s]+$/, "");
  if (/^(?:is|are|must|should|may)\b/.test(text)) return `${label} ${text}.`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
