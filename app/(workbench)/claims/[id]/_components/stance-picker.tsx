"use client";

import { stances, type Stance } from "@/lib/claims/wire-values";
import { stanceHints, stanceLabels } from "./evidence-labels";

/** The four stances as radio buttons, each with what it means; none is chosen until the annotator says. */
export function StancePicker({
  name,
  value,
  onChange,
  error,
}: {
  name: string;
  value: Stance | null;
  onChange: (stance: Stance) => void;
  error?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="stance-picker" aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">Stance: how does it bear on this claim?</legend>
      <div className="stance-picker__options">
        {stances.map((stance) => (
          <label key={stance} className={`stance-option stance-option--${stance}`}>
            <input
              type="radio"
              name={name}
              value={stance}
              checked={value === stance}
              onChange={() => onChange(stance)}
            />
            <span className="stance-option__label">{stanceLabels[stance]}</span>
            <span className="stance-option__hint">{stanceHints[stance]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
