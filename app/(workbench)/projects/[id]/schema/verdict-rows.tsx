"use client";

import type { Dispatch, SetStateAction } from "react";
import { newUid, type VerdictRow } from "./schema-rows";

/** The schema's verdict labels: a label and a key each, added and removed in place. */
export function VerdictRows({
  verdicts,
  setVerdicts,
  issueAt,
}: {
  verdicts: VerdictRow[];
  setVerdicts: Dispatch<SetStateAction<VerdictRow[]>>;
  issueAt: (path: string) => string | undefined;
}) {
  return (
    <>
      <h3 className="schema-editor__heading">Verdict labels</h3>
      <ul className="verdict-rows">
        {verdicts.map((v, i) => (
          <li key={v.uid} className="verdict-row">
            <div className="field">
              <label htmlFor={`verdict-${v.uid}-label`} className="field__label">
                Label
              </label>
              <input
                id={`verdict-${v.uid}-label`}
                className="input"
                value={v.label}
                onChange={(e) =>
                  setVerdicts((vs) => vs.map((x) => (x.uid === v.uid ? { ...x, label: e.target.value } : x)))
                }
              />
              {issueAt(`verdictLabels.${i}.label`) ? (
                <p className="field__error">{issueAt(`verdictLabels.${i}.label`)}</p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={`verdict-${v.uid}-key`} className="field__label">
                Key
              </label>
              <input
                id={`verdict-${v.uid}-key`}
                className="input input--mono"
                value={v.key}
                onChange={(e) =>
                  setVerdicts((vs) => vs.map((x) => (x.uid === v.uid ? { ...x, key: e.target.value } : x)))
                }
              />
              {issueAt(`verdictLabels.${i}.key`) ? (
                <p className="field__error">{issueAt(`verdictLabels.${i}.key`)}</p>
              ) : null}
            </div>
            <button
              type="button"
              className="button button--danger button--small verdict-row__remove"
              onClick={() => setVerdicts((vs) => vs.filter((x) => x.uid !== v.uid))}
              aria-label={`Remove verdict ${v.label || v.key}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="form-actions form-actions--start">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setVerdicts((vs) => [...vs, { key: "", label: "", uid: newUid("v-new") }])}
        >
          Add a verdict label
        </button>
      </div>
    </>
  );
}
