/** The settings form's agreement and adjudication part: alignment, auto-merge, anonymity, review, escalation. */
import type { fieldError } from "../../_components/form-bits";
import type { EscalationMeasure } from "@/lib/agreement/escalation-measure";

export interface AdjudicationValues {
  overlapThreshold: number;
  valueTolerance: number;
  autoMerge: string;
  majorityThreshold: number;
  anonymousAdjudication: boolean;
  adjudicationIsReview: boolean;
  escalationMeasure: string | null;
  escalationThreshold: number | null;
  escalationMaxAnnotators: number | null;
}

const MEASURES: Record<EscalationMeasure, string> = {
  finding_alpha: "α, finding claims",
  kind_alpha: "α, kind",
  value_alpha: "α, value",
  verdict_alpha: "α, verdict",
  span_f1_overlap: "Span F1, overlap",
  span_f1_exact: "Span F1, exact",
};

const percent = (share: number) => String(Math.round(share * 1_000_000) / 10_000);

export function AdjudicationFields({
  project: p,
  f,
}: {
  project: AdjudicationValues;
  f: ReturnType<typeof fieldError>;
}) {
  const number = (id: string, name: string, label: string, value: string, hint: string, step = "any") => (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        step={step}
        className="input"
        defaultValue={value}
        {...f.invalid(name)}
      />
      {f.error(name) ?? <p className="field__hint">{hint}</p>}
    </div>
  );
  return (
    <fieldset className="fieldset">
      <legend>Agreement and adjudication</legend>
      <div className="form-grid">
        {number(
          "settings-overlap",
          "overlapPercent",
          "Overlap for one unit (%)",
          percent(p.overlapThreshold),
          "Two annotators' claims are the same claim when their overlap over their union reaches this.",
        )}
        {number(
          "settings-tolerance",
          "valueTolerancePercent",
          "Value tolerance (%)",
          percent(p.valueTolerance),
          "Figures within this share of the larger agree on value: at 5 %, 30,000 and 30,500 agree. 0 to below 100.",
        )}
        <div className="field">
          <label htmlFor="settings-merge" className="field__label">
            Merge without an adjudicator
          </label>
          <select id="settings-merge" name="autoMerge" className="select" defaultValue={p.autoMerge}>
            <option value="none">Nothing: every unit is decided by hand</option>
            <option value="unanimous">Units where everyone agrees</option>
            <option value="majority">Units with a majority</option>
          </select>
        </div>
        {number(
          "settings-majority",
          "majorityPercent",
          "Majority above (%)",
          percent(p.majorityThreshold),
          "With “Units with a majority”: a version shared by more than this share of annotators is merged.",
        )}
        <div className="field field--check">
          <label className="check">
            <input type="checkbox" name="anonymousAdjudication" defaultChecked={p.anonymousAdjudication} /> Hide
            annotators&rsquo; names from adjudicators
          </label>
          <label className="check">
            <input type="checkbox" name="adjudicationIsReview" defaultChecked={p.adjudicationIsReview} /> Adjudication
            is the review (gold claims are approved when adjudicated)
          </label>
        </div>
        <div className="field">
          <label htmlFor="settings-escalation" className="field__label">
            Another annotator when agreement is low
          </label>
          <select
            id="settings-escalation"
            name="escalationMeasure"
            className="select"
            defaultValue={p.escalationMeasure ?? ""}
            {...f.invalid("escalationMeasure")}
          >
            <option value="">Never</option>
            {Object.entries(MEASURES).map(([k, label]) => (
              <option key={k} value={k}>
                When {label} is below
              </option>
            ))}
          </select>
          {f.error("escalationMeasure")}
        </div>
        {number(
          "settings-escalation-threshold",
          "escalationThreshold",
          "Threshold",
          p.escalationThreshold === null ? "" : String(p.escalationThreshold),
          "Between −1 and 1, e.g. 0.67.",
        )}
        {number(
          "settings-escalation-max",
          "escalationMaxAnnotators",
          "Up to annotators",
          p.escalationMaxAnnotators === null ? "" : String(p.escalationMaxAnnotators),
          "The most annotators an article gets this way.",
          "1",
        )}
      </div>
    </fieldset>
  );
}
