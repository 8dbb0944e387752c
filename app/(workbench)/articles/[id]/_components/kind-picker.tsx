"use client";

import type { RefObject } from "react";
import { useReaderSchema } from "./reader-schema";

/**
 * The project's kinds as buttons with their number key shown; arrow keys move between them (one
 * tab stop). The chosen kind's definition and examples are shown under them, where the choice is made.
 */
export function KindPicker({
  value,
  onChange,
  idPrefix,
  firstRef,
  disabled = false,
}: {
  value: string;
  onChange: (kind: string) => void;
  idPrefix: string;
  firstRef?: RefObject<HTMLButtonElement | null>;
  disabled?: boolean;
}) {
  const { kinds } = useReaderSchema();
  const chosen = kinds.find((k) => k.key === value);
  const move = (from: number, by: number) => {
    const next = kinds[(from + by + kinds.length) % kinds.length]?.key;
    if (!next) return;
    onChange(next);
    document.getElementById(`${idPrefix}-kind-${next}`)?.focus();
  };
  return (
    <div className="kind-picker" role="radiogroup" aria-labelledby={`${idPrefix}-kind-label`}>
      <span id={`${idPrefix}-kind-label`} className="field__label">
        Kind
      </span>
      <div className="kind-picker__options">
        {kinds.map(({ key: kind, label, shortcut, definition }, i) => (
          <button
            key={kind}
            title={definition || undefined}
            id={`${idPrefix}-kind-${kind}`}
            ref={kind === value ? firstRef : undefined}
            type="button"
            role="radio"
            aria-checked={kind === value}
            tabIndex={kind === value ? 0 : -1}
            disabled={disabled}
            className={`kind-option kind-option--${kind}`}
            onClick={() => onChange(kind)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight" || e.key === "ArrowDown") move(i, 1);
              else if (e.key === "ArrowLeft" || e.key === "ArrowUp") move(i, -1);
              else return;
              e.preventDefault();
            }}
          >
            {shortcut ? <kbd aria-hidden="true">{shortcut}</kbd> : null}
            {label}
          </button>
        ))}
      </div>
      {chosen?.definition ? (
        <p className="kind-picker__definition muted" id={`${idPrefix}-kind-definition`}>
          {chosen.definition}
          {chosen.examples.length ? <span className="kind-picker__examples"> E.g. “{chosen.examples[0]}”</span> : null}
        </p>
      ) : null}
    </div>
  );
}
