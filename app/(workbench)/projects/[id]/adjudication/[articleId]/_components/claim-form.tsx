"use client";

/** The attributes of a gold claim an adjudicator writes: editing an annotator's version, or adding a claim nobody made. */
import { useState, type FormEvent } from "react";
import { qualifierLabels, qualifiersInOrder } from "@/app/(workbench)/_components/claim-labels";
import { REASONS } from "./adjudication-api";

interface ClaimDraft {
  kind: string;
  value: string;
  qualifier: string;
  unit: string;
  verdict: string;
  /** Left empty, the edited version's own time reference and attribution stay. */
  timeRef: string;
  attributedTo: string;
}

export interface Reason {
  reasonCode: string;
  comment: string;
}

type Option = { key: string; label: string };

export function draftAttributes(d: ClaimDraft): Record<string, string | number | null> {
  const value = d.value.trim() === "" ? null : Number(d.value.replace(/,/g, ""));
  return {
    kind: d.kind,
    value: value !== null && Number.isFinite(value) ? value : null,
    qualifier: value === null || d.qualifier === "" ? null : d.qualifier,
    unit: d.unit.trim() || null,
    verdict: d.verdict || null,
    ...(d.timeRef.trim() ? { timeRef: d.timeRef.trim() } : {}),
    ...(d.attributedTo.trim() ? { attributedTo: d.attributedTo.trim() } : {}),
  };
}

/** Reason code and comment, shared by every decision (a rejection needs the code). */
export function ReasonFields({
  idPrefix,
  reason,
  onChange,
  required = false,
}: {
  idPrefix: string;
  reason: Reason;
  onChange: (r: Reason) => void;
  required?: boolean;
}) {
  return (
    <div className="adjudication-reason">
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-reason`}>
          Reason{required ? "" : " (optional)"}
        </label>
        <select
          id={`${idPrefix}-reason`}
          className="select"
          value={reason.reasonCode}
          required={required}
          onChange={(e) => onChange({ ...reason, reasonCode: e.target.value })}
        >
          <option value="">{required ? "Choose a reason" : "No reason"}</option>
          {Object.entries(REASONS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-comment`}>
          Comment
        </label>
        <textarea
          id={`${idPrefix}-comment`}
          className="input"
          rows={2}
          maxLength={5000}
          value={reason.comment}
          onChange={(e) => onChange({ ...reason, comment: e.target.value })}
        />
      </div>
    </div>
  );
}

export function ClaimForm({
  title,
  initial,
  kinds,
  verdicts,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: ClaimDraft;
  kinds: Option[];
  verdicts: Option[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: ClaimDraft, reason: Reason) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState<Reason>({ reasonCode: "", comment: "" });
  const set = (k: keyof ClaimDraft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft, reason);
  };
  return (
    <form className="adjudication-form" onSubmit={submit} aria-label={title}>
      <h3 className="adjudication-form__title">{title}</h3>
      <div className="adjudication-form__grid">
        <div className="field">
          <label className="field__label" htmlFor="gold-kind">
            Kind
          </label>
          <select id="gold-kind" className="select" value={draft.kind} onChange={set("kind")} autoFocus>
            {kinds.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gold-value">
            Value
          </label>
          <input id="gold-value" className="input" inputMode="decimal" value={draft.value} onChange={set("value")} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gold-qualifier">
            Qualifier
          </label>
          <select id="gold-qualifier" className="select" value={draft.qualifier} onChange={set("qualifier")}>
            <option value="">—</option>
            {qualifiersInOrder.map((q) => (
              <option key={q} value={q}>
                {qualifierLabels[q]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gold-unit">
            Unit / what is counted
          </label>
          <input id="gold-unit" className="input" value={draft.unit} onChange={set("unit")} maxLength={200} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gold-time">
            Time reference
          </label>
          <input id="gold-time" className="input" value={draft.timeRef} onChange={set("timeRef")} maxLength={200} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gold-attributed">
            Attributed to
          </label>
          <input
            id="gold-attributed"
            className="input"
            value={draft.attributedTo}
            onChange={set("attributedTo")}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="gold-verdict">
            Verdict
          </label>
          <select id="gold-verdict" className="select" value={draft.verdict} onChange={set("verdict")}>
            <option value="">—</option>
            {verdicts.map((v) => (
              <option key={v.key} value={v.key}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ReasonFields idPrefix="gold" reason={reason} onChange={setReason} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
