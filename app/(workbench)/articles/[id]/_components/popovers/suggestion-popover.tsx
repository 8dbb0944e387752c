"use client";

import { useEffect, useId, useRef, useState } from "react";
import { figureText } from "@/app/(workbench)/_components/format/figures";
import type { ClaimFields, Suggestion } from "../claim-types";
import { ApiError } from "../claims-api";
import { TagPopover, trapTab, type PopoverAnchor } from "./tag-popover";
import { kindLabelIn, useReaderSchema } from "../reader-schema";

const suggestedFields = (s: Suggestion): ClaimFields => ({
  kind: s.kind,
  value: s.value,
  qualifier: s.qualifier,
  valueMax: s.valueMax ?? null,
  unit: s.unit ?? "",
  timeRef: "",
  attributedTo: "",
  authorType: "",
  statement: "",
  note: "",
});

/**
 * What the spotter suggests for one span, with Accept (a draft claim with exactly these
 * fields), Edit (the tagging form, pre-filled) and Dismiss (hidden for this article for everyone).
 */
export function SuggestionPopover({
  suggestion,
  anchor,
  onAccept,
  onDismiss,
  onClose,
}: {
  suggestion: Suggestion;
  anchor: PopoverAnchor;
  onAccept: (fields: ClaimFields) => Promise<void>;
  onDismiss: () => Promise<void>;
  onClose: () => void;
}) {
  const schema = useReaderSchema();
  const idPrefix = useId();
  const ref = useRef<HTMLDivElement>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!editing) acceptRef.current?.focus({ preventScroll: true });
  }, [editing]);

  if (editing) {
    return (
      <TagPopover
        title="Accept suggestion"
        exact={suggestion.exact}
        initial={suggestedFields(suggestion)}
        anchor={anchor}
        onSave={onAccept}
        onCancel={onClose}
        saveLabel="Accept"
      />
    );
  }

  const run = async (action: () => Promise<void>) => {
    setWorking(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : "That did not work; try again.");
      setWorking(false);
    }
  };

  const fields = suggestedFields(suggestion);
  const figure = figureText({
    value: fields.value,
    qualifier: fields.qualifier,
    valueMax: fields.valueMax,
    unit: fields.unit || null,
  });
  return (
    <div
      ref={ref}
      className="tag-popover suggestion-popover"
      role="dialog"
      aria-labelledby={`${idPrefix}-title`}
      style={{ top: anchor.top, left: anchor.left }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onClose();
        } else if (e.key === "Tab") trapTab(e, ref.current);
      }}
    >
      <div className="tag-popover__header">
        <h2 id={`${idPrefix}-title`} className="tag-popover__title">
          Suggested claim
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <blockquote className={`tag-popover__quote tag-popover__quote--${suggestion.kind}`}>
        {suggestion.exact}
      </blockquote>
      <dl className="suggestion-popover__fields">
        <dt>Kind</dt>
        <dd>
          <span className={`dot hl--${suggestion.kind}`} aria-hidden="true" /> {kindLabelIn(schema, suggestion.kind)}
        </dd>
        <dt>Figure</dt>
        <dd>{figure ?? "—"}</dd>
      </dl>
      {message ? (
        <p className="alert tag-popover__message" role="alert">
          {message}
        </p>
      ) : null}
      <div className="tag-popover__actions">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={working}
          onClick={() => run(onDismiss)}
        >
          Dismiss
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={working}
          onClick={() => setEditing(true)}
        >
          Edit…
        </button>
        <button
          ref={acceptRef}
          type="button"
          className="button button--small"
          disabled={working}
          onClick={() => run(() => onAccept(fields))}
        >
          Accept
        </button>
      </div>
    </div>
  );
}
