"use client";

import { useState, type FormEvent } from "react";
import { ApiError, errorText } from "@/app/(workbench)/_components/workbench-api";

const FIELDS = [
  { name: "url", label: "URL", type: "url", required: true, placeholder: "https://…" },
  { name: "title", label: "Title", type: "text" },
  { name: "publisher", label: "Publisher", type: "text" },
  { name: "publishedAt", label: "Published", type: "date" },
  { name: "accessedAt", label: "Accessed", type: "date" },
] as const;

/** UTC calendar day, the form of an access date. */
const todayIso = () => new Date().toISOString().slice(0, 10);

/** The fields of an external source; the stance and note come from the form around it. */
export function SourceForm({ onSubmit }: { onSubmit: (fields: Record<string, string>) => Promise<void> }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const fields: Record<string, string> = {};
    for (const name of ["url", "title", "publisher", "publishedAt", "accessedAt", "quote"]) {
      const value = String(data.get(name) ?? "").trim();
      if (value) fields[name] = value;
    }
    setPending(true);
    setError(null);
    try {
      await onSubmit(fields);
      form.reset();
    } catch (e) {
      setError(e instanceof ApiError ? e : errorText(e));
    } finally {
      setPending(false);
    }
  }

  const fieldError = (name: string) => (error instanceof ApiError ? error.issueFor(name) : undefined);
  return (
    <form className="source-form" onSubmit={submit} noValidate aria-label="External source">
      <div className="form-grid">
        {FIELDS.map((f) => (
          <div key={f.name} className={`field${f.name === "url" ? " source-form__wide" : ""}`}>
            <label className="field__label" htmlFor={`source-${f.name}`}>
              {f.label}
            </label>
            <input
              id={`source-${f.name}`}
              name={f.name}
              type={f.type}
              className="input"
              required={"required" in f}
              placeholder={"placeholder" in f ? f.placeholder : undefined}
              defaultValue={f.name === "accessedAt" ? todayIso() : undefined}
              aria-invalid={fieldError(f.name) ? true : undefined}
              autoComplete="off"
            />
            {fieldError(f.name) ? <span className="field__error">{`${f.label} ${fieldError(f.name)}.`}</span> : null}
          </div>
        ))}
        <div className="field source-form__wide">
          <label className="field__label" htmlFor="source-quote">
            Quoted passage
          </label>
          <textarea id="source-quote" name="quote" className="input" rows={3} maxLength={5000} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Link source
        </button>
        {error ? (
          <p role="alert" className="error-text">
            {error instanceof ApiError
              ? error.issues.length > 0
                ? "Please correct the highlighted fields."
                : errorText(error)
              : error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
