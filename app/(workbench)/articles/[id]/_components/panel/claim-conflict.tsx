"use client";

import { claimToFields, FIELD_LABELS } from "../claim-format";
import { figureText } from "@/app/(workbench)/_components/format/figures";
import { qualifierLabels, statusLabels } from "@/app/(workbench)/_components/claim-labels";
import type { Claim, ClaimFields } from "../claim-types";
import { kindLabelIn, useReaderSchema, type ReaderSchema } from "../reader-schema";

const FIELD_ORDER: readonly (keyof ClaimFields)[] = [
  "kind",
  "value",
  "qualifier",
  "valueMax",
  "unit",
  "timeRef",
  "attributedTo",
  "note",
];

/** The fields whose values differ between two forms' worth of attributes. */
export function changedFields(a: ClaimFields, b: ClaimFields): (keyof ClaimFields)[] {
  return FIELD_ORDER.filter((k) => (a[k] ?? "") !== (b[k] ?? ""));
}

function show(schema: ReaderSchema, field: keyof ClaimFields, value: ClaimFields[keyof ClaimFields]): string {
  if (value === null || value === "") return "—";
  if (field === "kind") return kindLabelIn(schema, String(value));
  if (field === "qualifier") return qualifierLabels[value as keyof typeof qualifierLabels] ?? String(value);
  return String(value);
}

/**
 * A 409 explained: who changed the claim and which fields (theirs now, against what this
 * user read), with the choice to reapply this user's edits on top of theirs or take theirs.
 */
export function ConflictNotice({
  base,
  theirs,
  mine,
  onReapply,
  onDiscard,
  working,
}: {
  base: Claim;
  theirs: Claim;
  mine: Partial<ClaimFields>;
  onReapply: () => void;
  onDiscard: () => void;
  working: boolean;
}) {
  const schema = useReaderSchema();
  const before = claimToFields(base);
  const after = claimToFields(theirs);
  const changed = changedFields(before, after);
  const locked = theirs.status !== "draft" && theirs.status !== "changes_requested";
  const myFields = Object.keys(mine) as (keyof ClaimFields)[];
  return (
    <div className="conflict" role="alert">
      <p className="conflict__title">This claim was changed by someone else since you opened it.</p>
      {changed.length > 0 ? (
        <ul className="conflict__list">
          {changed.map((k) => (
            <li key={k}>
              <strong>{FIELD_LABELS[k]}</strong>: {show(schema, k, before[k])} → <ins>{show(schema, k, after[k])}</ins>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {theirs.status !== base.status
            ? `Its status is now ${statusLabels[theirs.status]}.`
            : `It is now version ${theirs.version}${figureText(theirs) ? ` (${figureText(theirs)})` : ""}.`}
        </p>
      )}
      {myFields.length > 0 ? (
        <p className="conflict__mine">
          Your changes: {myFields.map((k) => `${FIELD_LABELS[k]} → ${show(schema, k, mine[k] ?? null)}`).join("; ")}
        </p>
      ) : null}
      {locked ? (
        <p>It is {statusLabels[theirs.status].toLowerCase()} now, so it can no longer be edited here.</p>
      ) : null}
      <div className="conflict__actions">
        {myFields.length > 0 && !locked ? (
          <button type="button" className="button button--small" onClick={onReapply} disabled={working}>
            Reapply my changes
          </button>
        ) : null}
        <button type="button" className="button button--secondary button--small" onClick={onDiscard} disabled={working}>
          {myFields.length > 0 ? "Discard mine, show theirs" : "Show the current claim"}
        </button>
      </div>
    </div>
  );
}
