"use client";

/**
 * One unit as the adjudicator decides it: every annotator's claim attribute by attribute (what
 * differs marked), conflicting evidence stances to choose, and the decisions — take a version
 * (keys 1–9), edit one (E), reject with a reason (X), undo (U).
 */
import { useEffect, useState } from "react";
import { REASONS, type DecisionBody, type UnitView } from "./adjudication-api";
import { ClaimForm, draftAttributes, ReasonFields, type Reason } from "./claim-form";
import { isTyping } from "./keys";
import { StanceChoice, stanceConflicts } from "./stance-choice";
import { UnitCompareTable } from "./unit-compare-table";

type Option = { key: string; label: string };
type Claim = NonNullable<UnitView["claims"][string]>;

export function UnitPanel({
  unit,
  position,
  annotators,
  text,
  kinds,
  verdicts,
  open,
  busy,
  onDecide,
}: {
  unit: UnitView;
  position: string;
  annotators: Option[];
  text: string;
  kinds: Option[];
  verdicts: Option[];
  open: boolean;
  busy: boolean;
  onDecide: (body: DecisionBody) => void;
}) {
  const [mode, setMode] = useState<{ kind: "none" } | { kind: "edit"; from: string } | { kind: "reject" }>({
    kind: "none",
  });
  const [reason, setReason] = useState<Reason>({ reasonCode: "", comment: "" });
  const [stances, setStances] = useState<Record<string, string>>({});
  const present = annotators.filter((a) => unit.claims[a.key]);
  const conflicts = stanceConflicts(unit, annotators);
  const missingStance = conflicts.some((c) => !stances[c.target]);
  const reasonBody = { reasonCode: reason.reasonCode || null, comment: reason.comment.trim() || null };
  const take = (key: string) => {
    const claim = unit.claims[key];
    if (!claim || missingStance) return;
    onDecide({
      action: "take",
      unitClaimIds: unit.claimIds,
      claimId: claim.id,
      ...(conflicts.length ? { stances } : {}),
      ...reasonBody,
    });
  };
  const decided = unit.decision;

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || mode.kind !== "none" || busy) return;
      const n = Number(e.key);
      if (n >= 1 && n <= 9 && present[n - 1] && !decided) {
        e.preventDefault();
        take(present[n - 1].key);
      } else if (e.key === "e" && present[0] && !decided) {
        e.preventDefault();
        setMode({ kind: "edit", from: present[0].key });
      } else if (e.key === "x" && !decided) {
        e.preventDefault();
        setMode({ kind: "reject" });
      } else if (e.key === "u" && decided) {
        e.preventDefault();
        onDecide({ action: "undo", decisionId: decided.id });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section className="unit-panel card" aria-labelledby="unit-panel-title">
      <h2 id="unit-panel-title" className="unit-panel__title">
        Unit {position}
        {unit.differs.length ? (
          <span className="unit-panel__differs"> · differs on {unit.differs.join(", ")}</span>
        ) : (
          <span className="unit-panel__agrees"> · everyone agrees</span>
        )}
      </h2>
      <UnitCompareTable unit={unit} annotators={annotators} text={text} kinds={kinds} verdicts={verdicts} />

      {decided ? (
        <div className="unit-panel__decision" role="status">
          <p>
            <strong>{decisionText(decided, unit, annotators)}</strong>
            {decided.reasonCode
              ? ` · ${REASONS[decided.reasonCode as keyof typeof REASONS] ?? decided.reasonCode}`
              : ""}
            {decided.comment ? ` · “${decided.comment}”` : ""}
          </p>
          {open ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy}
              onClick={() => onDecide({ action: "undo", decisionId: decided.id })}
            >
              Undo <kbd>U</kbd>
            </button>
          ) : null}
        </div>
      ) : open ? (
        <>
          {conflicts.length ? <StanceChoice conflicts={conflicts} stances={stances} onChange={setStances} /> : null}
          {mode.kind === "edit" ? (
            <ClaimForm
              title="Edit into a gold claim"
              initial={draftOf(unit.claims[mode.from]!)}
              kinds={kinds}
              verdicts={verdicts}
              submitLabel="Save gold claim"
              busy={busy}
              onCancel={() => setMode({ kind: "none" })}
              onSubmit={(draft, r) =>
                onDecide({
                  action: "edit",
                  unitClaimIds: unit.claimIds,
                  claimId: unit.claims[mode.from]!.id,
                  attributes: draftAttributes(draft),
                  ...(conflicts.length ? { stances } : {}),
                  reasonCode: r.reasonCode || null,
                  comment: r.comment.trim() || null,
                })
              }
            />
          ) : mode.kind === "reject" ? (
            <form
              className="adjudication-form"
              aria-label="Reject the unit"
              onSubmit={(e) => {
                e.preventDefault();
                if (reason.reasonCode)
                  onDecide({
                    action: "reject",
                    unitClaimIds: unit.claimIds,
                    reasonCode: reason.reasonCode,
                    comment: reasonBody.comment,
                  });
              }}
            >
              <ReasonFields idPrefix="reject" reason={reason} onChange={setReason} required />
              <div className="form-actions">
                <button type="submit" className="button button--danger" disabled={busy || !reason.reasonCode}>
                  Reject unit
                </button>
                <button type="button" className="button button--secondary" onClick={() => setMode({ kind: "none" })}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <>
              <ReasonFields idPrefix="take" reason={reason} onChange={setReason} />
              <div className="unit-panel__actions">
                {present.map((a, i) => (
                  <button
                    key={a.key}
                    type="button"
                    className="button"
                    disabled={busy || missingStance}
                    onClick={() => take(a.key)}
                  >
                    Take {a.label}’s version <kbd>{i + 1}</kbd>
                  </button>
                ))}
                {present.length ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() => setMode({ kind: "edit", from: present[0].key })}
                  >
                    Edit… <kbd>E</kbd>
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => setMode({ kind: "reject" })}
                >
                  Reject… <kbd>X</kbd>
                </button>
              </div>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

function draftOf(c: Claim) {
  return {
    kind: c.kind,
    value: c.value === null ? "" : String(c.value),
    qualifier: c.qualifier ?? "",
    unit: c.unit ?? "",
    verdict: c.verdict ?? "",
    timeRef: "",
    attributedTo: "",
  };
}

function decisionText(d: NonNullable<UnitView["decision"]>, unit: UnitView, annotators: Option[]): string {
  const owner = annotators.find((a) => unit.claims[a.key]?.id === d.takenClaimId)?.label;
  const how = d.provenance === "adjudicated" ? "" : ` (${d.provenance}, merged automatically)`;
  if (d.action === "reject") return `Rejected${how}`;
  if (d.action === "edit") return `Edited into a gold claim${owner ? ` from ${owner}’s version` : ""}${how}`;
  return `${owner ? `${owner}’s version` : "A version"} taken${how}`;
}
