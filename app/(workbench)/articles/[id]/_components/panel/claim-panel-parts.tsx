"use client";

import { Fragment, useEffect, useRef } from "react";
import { claimToFields, FIELD_LABELS } from "../claim-format";
import { figureText } from "@/app/(workbench)/_components/format/figures";
import type { ClaimStore } from "../claim-store";
import type { Claim } from "../claim-types";
import { kindLabelIn, useReaderSchema } from "../reader-schema";

/** The claims at the spot the panel was opened from, to switch between them. */
export function ClaimsHere({
  store,
  here,
  current,
  onSelect,
}: {
  store: ClaimStore;
  here: readonly string[];
  current: string;
  onSelect: (id: string) => void;
}) {
  const schema = useReaderSchema();
  return (
    <nav className="claim-panel__here" aria-label="Claims at this spot">
      {here.map((id) => {
        const s = store.span(id);
        return (
          <button
            key={id}
            type="button"
            className="here-chip"
            aria-current={id === current ? "true" : undefined}
            onClick={() => onSelect(id)}
          >
            <span className={`dot hl--${s?.kind ?? "other"}`} aria-hidden="true" />
            <span className="here-chip__text">
              {store.claim(id)?.exact ?? (s?.kind ? kindLabelIn(schema, s.kind) : "Claim")}
            </span>
          </button>
        );
      })}
    </nav>
  );
}

/** Delete… (which asks first) and Save, at the foot of the panel's form. */
export function DeleteActions({
  confirming,
  onConfirming,
  onDelete,
  working,
  saveBlocked,
}: {
  confirming: boolean;
  onConfirming: (confirming: boolean) => void;
  onDelete: () => void;
  working: boolean;
  /** Save waits while a conflict is shown. */
  saveBlocked: boolean;
}) {
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // The question takes focus; back from it (Keep or Escape), focus returns to "Delete…".
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return confirming ? (
    // Escape keeps the claim (and does not close the panel); focus goes back to "Delete…".
    <div
      className="confirm-row"
      role="group"
      aria-label="Confirm delete"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        onConfirming(false);
      }}
    >
      <span>Delete this claim for good?</span>
      <button
        type="button"
        className="button button--danger button--small"
        disabled={working}
        onClick={onDelete}
        ref={confirmButton}
      >
        Delete
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => onConfirming(false)}>
        Keep
      </button>
    </div>
  ) : (
    <div className="claim-panel__actions">
      <button
        type="button"
        className="button button--danger button--small"
        onClick={() => onConfirming(true)}
        ref={deleteButton}
      >
        Delete…
      </button>
      <button type="submit" className="button button--small" disabled={working || saveBlocked}>
        {working ? "Saving…" : "Save"}
      </button>
    </div>
  );
}

/** A claim's attributes for a reader who may not change them. */
export function ReadOnlyClaim({ claim }: { claim: Claim }) {
  const schema = useReaderSchema();
  const fields = claimToFields(claim);
  const rows: [string, string | null][] = [
    [FIELD_LABELS.kind, kindLabelIn(schema, claim.kind)],
    ["Figure", figureText(claim)],
    [FIELD_LABELS.timeRef, fields.timeRef || null],
    [FIELD_LABELS.attributedTo, fields.attributedTo || null],
    [FIELD_LABELS.statement, fields.statement || null],
    [FIELD_LABELS.note, fields.note || null],
  ];
  return (
    <dl className="meta-list claim-panel__fields">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value ?? "—"}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
