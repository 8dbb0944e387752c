"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { ClaimAttributeFields, issuesToFieldErrors, type FieldErrors } from "../claim-fields";
import { KindPicker } from "../kind-picker";
import { kindForShortcut, useReaderSchema } from "../reader-schema";
import type { ClaimFields } from "../claim-types";
import { ApiError } from "../claims-api";

/** Room kept above the popover for the selection's last line and the gap below it (px). */
const SELECTION_ROOM = 56;
/** The least height the popover is given, however short the window (px). */
const MIN_HEIGHT = 220;

/** Where the popover sits, in pixels inside the reading card. */
export interface PopoverAnchor {
  top: number;
  left: number;
}

// The kind picked last is the best guess for a span without a figure in it.
let lastKind = "event";

const isTextEntry = (el: EventTarget): boolean =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

/**
 * The tagging form, a non-modal dialog beside the selection. Keyboard: a kind's key (1–9) picks it
 * (outside text fields), Enter saves, Esc cancels; focus starts on the kind and stays inside
 * until the dialog closes, when the reader gets it back.
 */
export function TagPopover({
  title,
  exact,
  initial,
  anchor,
  onSave,
  onCancel,
  saveLabel = "Save",
}: {
  title: string;
  exact: string;
  initial: Partial<ClaimFields>;
  anchor: PopoverAnchor;
  onSave: (fields: ClaimFields) => Promise<void>;
  onCancel: () => void;
  saveLabel?: string;
}) {
  const idPrefix = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const kindRef = useRef<HTMLButtonElement>(null);
  const schema = useReaderSchema();
  // A guess (the figure parser's kind, the last one picked) only where the project's schema has that kind.
  const known = (kind: string | undefined) => (kind && schema.kinds.some((k) => k.key === kind) ? kind : undefined);
  const [fields, setFields] = useState<ClaimFields>(() => ({
    kind: known(initial.kind) ?? known(lastKind) ?? schema.kinds[0]?.key ?? "other",
    value: initial.value ?? null,
    qualifier: initial.qualifier ?? (initial.value !== undefined && initial.value !== null ? "exact" : null),
    valueMax: initial.valueMax ?? null,
    unit: initial.unit ?? "",
    timeRef: initial.timeRef ?? "",
    attributedTo: initial.attributedTo ?? "",
    authorType: initial.authorType ?? "",
    statement: initial.statement ?? "",
    note: initial.note ?? "",
  }));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    kindRef.current?.focus({ preventScroll: true });
    const dialog = dialogRef.current;
    if (!dialog) return;
    // No taller than the window under the sticky header and reader toolbar, less the selection's
    // last line: scrolled into view below the selection, it leaves that line showing above it
    // (at 200 % zoom or on a phone the form scrolls inside, Save and Cancel always in view).
    const covered = [".app-header", ".reader-toolbar"]
      .map((selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0)
      .reduce((a, b) => a + b, 0);
    dialog.style.maxHeight = `${Math.max(MIN_HEIGHT, window.innerHeight - covered - SELECTION_ROOM)}px`;
    dialog.scrollIntoView({ block: "nearest" });
  }, []);

  const update = (patch: Partial<ClaimFields>) => setFields((f) => ({ ...f, ...patch }));

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setMessage(null);
    setErrors({});
    try {
      lastKind = fields.kind;
      await onSave(fields);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      setErrors(apiError ? issuesToFieldErrors(apiError.issues) : {});
      setMessage(apiError?.message ?? "Could not save the claim.");
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key === "Enter") {
      // Buttons keep their own Enter; on a kind or in a one-line field, Enter saves.
      const target = e.target as HTMLElement;
      if (
        target.getAttribute("role") === "radio" ||
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement
      ) {
        e.preventDefault();
        void save();
      }
      return;
    }
    if (!e.altKey && !e.ctrlKey && !e.metaKey && /^[1-9]$/.test(e.key) && !isTextEntry(e.target)) {
      const kind = kindForShortcut(schema, Number(e.key))?.key;
      if (kind) {
        e.preventDefault();
        update({ kind });
        document.getElementById(`${idPrefix}-kind-${kind}`)?.focus();
      }
      return;
    }
    if (e.key === "Tab") trapTab(e, dialogRef.current);
  };

  return (
    <div
      ref={dialogRef}
      className="tag-popover"
      role="dialog"
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={`${idPrefix}-quote`}
      style={{ top: anchor.top, left: anchor.left }}
      onKeyDown={onKeyDown}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="tag-popover__header">
          <h2 id={`${idPrefix}-title`} className="tag-popover__title">
            {title}
          </h2>
          <button type="button" className="icon-button" aria-label="Cancel" onClick={onCancel}>
            ×
          </button>
        </div>
        <blockquote id={`${idPrefix}-quote`} className={`tag-popover__quote tag-popover__quote--${fields.kind}`}>
          {exact}
        </blockquote>
        <KindPicker value={fields.kind} onChange={(kind) => update({ kind })} idPrefix={idPrefix} firstRef={kindRef} />
        <ClaimAttributeFields fields={fields} onChange={update} idPrefix={idPrefix} errors={errors} />
        {message ? (
          <p className="alert tag-popover__message" role="alert">
            {message}
          </p>
        ) : null}
        <div className="tag-popover__actions">
          <span className="tag-popover__keys muted" aria-hidden="true">
            {shortcutRange(schema.kinds)} kind · <kbd>⏎</kbd> save
          </span>
          <button type="button" className="button button--secondary button--small" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--small" disabled={saving}>
            {saving ? "Saving…" : saveLabel}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Keeps Tab and Shift+Tab cycling inside `root`. */
export function trapTab(e: KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const focusable = [
    ...root.querySelectorAll<HTMLElement>(
      'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]',
    ),
  ].filter((el) => el.tabIndex >= 0);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/** "1–6" as keys, for the hint under the form (from the schema's shortcuts). */
function shortcutRange(kinds: readonly { shortcut: number | null }[]) {
  const keys = kinds.flatMap((k) => (k.shortcut ? [k.shortcut] : [])).sort((a, b) => a - b);
  if (keys.length === 0) return null;
  if (keys.length === 1) return <kbd>{keys[0]}</kbd>;
  return (
    <>
      <kbd>{keys[0]}</kbd>–<kbd>{keys[keys.length - 1]}</kbd>
    </>
  );
}
