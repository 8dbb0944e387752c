"use client";

import { useRef, useState, type FormEvent } from "react";
import { importArticle, type ArticlePayload, type PasteOutcome } from "./import-api";
import { CONTENT_HINTS, FIELD_OF_PATH, FORMATS, LABELS, payloadOf, type FieldName, type Format } from "./paste-fields";
import { formatBytes } from "./file-checks";
import { FormField, fieldSentence } from "./form-field";
import { PasteResult } from "./paste-result";

/** The server's limits the form checks before sending. */
export interface PasteLimits {
  /** MAX_IMPORT_BYTES: the largest document the server takes. */
  maxBytes: number;
  titleChars: number;
  nameChars: number;
}

/** Paste one article (text, HTML or Markdown) with optional metadata, and see what became of it. */
export function PasteForm({ limits, projectId }: { limits: PasteLimits; projectId: string }) {
  const { maxBytes } = limits;
  const [format, setFormat] = useState<Format>("text");
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [outcome, setOutcome] = useState<PasteOutcome | null>(null);
  const [lastPayload, setLastPayload] = useState<ArticlePayload | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Bumped after a successful import: remounting the form clears it without controlled inputs.
  const [formKey, setFormKey] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  async function send(payload: ArticlePayload, force: boolean) {
    setPending(true);
    setAnnouncement(force ? "Importing a copy…" : "Importing…");
    const result = await importArticle(payload, force, projectId);
    setPending(false);
    setOutcome(result);
    setLastPayload(payload);
    if (result.kind === "error") {
      const fieldErrors: Partial<Record<FieldName, string>> = {};
      for (const issue of result.error.issues ?? []) {
        const name = FIELD_OF_PATH[issue.path];
        if (name && !fieldErrors[name]) fieldErrors[name] = fieldSentence(LABELS[name], issue.message);
      }
      setErrors(fieldErrors);
      const count = Object.keys(fieldErrors).length;
      setAnnouncement(
        count > 0
          ? `Not imported: ${count === 1 ? "one field needs" : `${count} fields need`} attention.`
          : `Not imported: ${result.error.message}`,
      );
      focusFirstInvalid(fieldErrors);
      return;
    }
    setErrors({});
    if (result.kind === "created") {
      setFormKey((k) => k + 1);
      setAnnouncement(`Imported “${result.title}”.`);
    } else {
      setAnnouncement(`Already in the corpus: “${result.title}”.`);
    }
  }

  function focusFirstInvalid(fieldErrors: Partial<Record<FieldName, string>>) {
    const first = (Object.keys(LABELS) as FieldName[]).find((name) => fieldErrors[name]);
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#paste-${first}`)?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payload = payloadOf(new FormData(event.currentTarget), format);
    const content = payload.html ?? payload.text ?? "";
    const size = new TextEncoder().encode(content).length;
    if (size > maxBytes) {
      const fieldErrors = { content: `The content is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit.` };
      setErrors(fieldErrors);
      setOutcome(null);
      setAnnouncement("Not imported: the content is too large.");
      focusFirstInvalid(fieldErrors);
      return;
    }
    void send(payload, false);
  }

  const general = outcome?.kind === "error" && Object.keys(errors).length === 0 ? outcome.error.message : undefined;

  return (
    <>
      <form
        key={formKey}
        ref={formRef}
        className="paste-form"
        onSubmit={onSubmit}
        noValidate
        aria-describedby={general ? "paste-general-error" : undefined}
      >
        <FormField
          id="paste-title"
          label="Title"
          hint={
            format === "html" ? "Optional for HTML: the page’s own title is used." : "Required for text and Markdown."
          }
          error={errors.title}
        >
          {(aria) => (
            <input
              {...aria}
              name="title"
              type="text"
              className="input"
              maxLength={limits.titleChars}
              autoComplete="off"
            />
          )}
        </FormField>

        <fieldset className="format-choice">
          <legend className="field__label">Format</legend>
          <div className="segmented">
            {FORMATS.map((f) => (
              <label key={f.value} className="segmented__option">
                <input
                  type="radio"
                  name="format"
                  value={f.value}
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />
                <span>{f.label}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <FormField id="paste-content" label={LABELS.content} hint={CONTENT_HINTS[format]} error={errors.content}>
          {(aria) => (
            <textarea
              {...aria}
              name="content"
              className={`input paste-form__content${format === "text" ? "" : " input--mono"}`}
              rows={14}
              spellCheck={format !== "html"}
            />
          )}
        </FormField>

        <fieldset className="paste-form__details">
          <legend className="field__label">Details (optional)</legend>
          <p className="field__hint">What you give here wins over what the document says about itself.</p>
          <div className="form-grid">
            <FormField id="paste-url" label={LABELS.url} error={errors.url}>
              {(aria) => (
                <input
                  {...aria}
                  name="url"
                  type="url"
                  inputMode="url"
                  className="input"
                  placeholder="https://…"
                  autoComplete="off"
                />
              )}
            </FormField>
            <FormField id="paste-publisher" label={LABELS.publisher} error={errors.publisher}>
              {(aria) => (
                <input
                  {...aria}
                  name="publisher"
                  type="text"
                  className="input"
                  maxLength={limits.nameChars}
                  autoComplete="off"
                />
              )}
            </FormField>
            <FormField id="paste-author" label={LABELS.author} error={errors.author}>
              {(aria) => (
                <input
                  {...aria}
                  name="author"
                  type="text"
                  className="input"
                  maxLength={limits.nameChars}
                  autoComplete="off"
                />
              )}
            </FormField>
            <FormField id="paste-publishedAt" label={LABELS.publishedAt} error={errors.publishedAt}>
              {(aria) => <input {...aria} name="publishedAt" type="date" className="input" />}
            </FormField>
          </div>
        </fieldset>

        {general ? (
          <p id="paste-general-error" className="alert">
            {general}
          </p>
        ) : null}

        <div className="form-actions">
          <button type="submit" className="button" disabled={pending} aria-busy={pending || undefined}>
            {pending ? "Importing…" : "Import"}
          </button>
        </div>
      </form>

      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {outcome && outcome.kind !== "error" ? (
        <PasteResult
          outcome={outcome}
          pending={pending}
          onForce={lastPayload ? () => void send(lastPayload, true) : undefined}
        />
      ) : null}
    </>
  );
}
