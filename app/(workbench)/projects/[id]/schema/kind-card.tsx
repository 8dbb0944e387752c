"use client";

import { kindAttributes, type KindAttribute } from "@/lib/projects/vocabulary";
import { ATTRIBUTE_LABELS } from "../../_components/project-labels";
import { isHexColour, SHORTCUTS, type KindRow } from "./schema-rows";

/**
 * One kind of the schema being edited: label, key, colour, keyboard key, definition, examples
 * and its attributes; what the server refused shows under the field it concerns
 * (`issueAt("kinds.N.field")`).
 */
export function KindCard({
  row,
  index: i,
  last,
  issueAt,
  refusedMessage,
  onChange,
  onMove,
  onRemove,
}: {
  row: KindRow;
  index: number;
  last: boolean;
  issueAt: (path: string) => string | undefined;
  /** The server's message when it refused the save because of this kind. */
  refusedMessage: string | null;
  onChange: (patch: Partial<KindRow>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const p = `kind-${row.uid}`;
  const err = (field: string) => issueAt(`kinds.${i}.${field}`);
  const errorText = (field: string) =>
    err(field) ? (
      <p id={`${p}-${field}-error`} className="field__error">
        {err(field)}
      </p>
    ) : null;
  const invalid = (field: string) =>
    err(field) ? { "aria-invalid": true as const, "aria-describedby": `${p}-${field}-error` } : {};
  const name = row.label || row.key || `Kind ${i + 1}`;
  return (
    <li
      className="card card--padded kind-card"
      style={{ borderLeftColor: isHexColour(row.colour) ? row.colour : undefined }}
      aria-label={name}
    >
      {refusedMessage ? (
        <p role="alert" className="field__error">
          {refusedMessage}
        </p>
      ) : null}
      <div className="kind-card__grid">
        <div className="field">
          <label htmlFor={`${p}-label`} className="field__label">
            Label
          </label>
          <input
            id={`${p}-label`}
            className="input"
            value={row.label}
            maxLength={60}
            onChange={(e) => onChange({ label: e.target.value })}
            {...invalid("label")}
          />
          {errorText("label")}
        </div>
        <div className="field">
          <label htmlFor={`${p}-key`} className="field__label">
            Key
          </label>
          <input
            id={`${p}-key`}
            className="input input--mono"
            value={row.key}
            maxLength={40}
            onChange={(e) => onChange({ key: e.target.value })}
            {...invalid("key")}
          />
          {errorText("key") ?? <p className="field__hint">What exports carry. Renaming keeps the claims.</p>}
        </div>
        <div className="field">
          <label htmlFor={`${p}-colour`} className="field__label">
            Colour
          </label>
          <div className="colour-field">
            <input
              type="color"
              aria-label={`Pick the colour of ${name}`}
              value={isHexColour(row.colour) ? row.colour : "#000000"}
              onChange={(e) => onChange({ colour: e.target.value })}
            />
            <input
              id={`${p}-colour`}
              className="input input--mono"
              value={row.colour}
              maxLength={7}
              onChange={(e) => onChange({ colour: e.target.value })}
              {...invalid("colour")}
            />
          </div>
          {errorText("colour")}
        </div>
        <div className="field">
          <label htmlFor={`${p}-shortcut`} className="field__label">
            Keyboard key
          </label>
          <select
            id={`${p}-shortcut`}
            className="select"
            value={row.shortcut ?? ""}
            onChange={(e) => onChange({ shortcut: e.target.value ? Number(e.target.value) : null })}
            {...invalid("shortcut")}
          >
            <option value="">None</option>
            {SHORTCUTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          {errorText("shortcut")}
        </div>
        <div className="field field--wide">
          <label htmlFor={`${p}-definition`} className="field__label">
            Definition
          </label>
          <textarea
            id={`${p}-definition`}
            className="input"
            rows={2}
            value={row.definition}
            onChange={(e) => onChange({ definition: e.target.value })}
            {...invalid("definition")}
          />
          {errorText("definition") ?? (
            <p className="field__hint">Shown where annotators choose a kind: the popover, legend and keyboard help.</p>
          )}
        </div>
        <div className="field field--wide">
          <label htmlFor={`${p}-examples`} className="field__label">
            Examples (one per line)
          </label>
          <textarea
            id={`${p}-examples`}
            className="input"
            rows={2}
            value={row.examplesText}
            onChange={(e) => onChange({ examplesText: e.target.value })}
            {...invalid("examples")}
          />
          {errorText("examples")}
        </div>
      </div>
      <fieldset className="attribute-grid">
        <legend>Attributes</legend>
        {kindAttributes.map((a: KindAttribute) => (
          <div key={a} className="attribute-grid__item">
            <label htmlFor={`${p}-attr-${a}`}>{ATTRIBUTE_LABELS[a]}</label>
            <select
              id={`${p}-attr-${a}`}
              className="select select--small"
              value={row.attributes[a] ?? ""}
              onChange={(e) => {
                const next = { ...row.attributes };
                if (e.target.value) next[a] = e.target.value as "optional" | "required";
                else delete next[a];
                onChange({ attributes: next });
              }}
              {...invalid(`attributes.${a}`)}
            >
              <option value="">Does not apply</option>
              <option value="optional">Optional</option>
              <option value="required">Required</option>
            </select>
            {errorText(`attributes.${a}`)}
          </div>
        ))}
      </fieldset>
      <div className="row-actions kind-card__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onMove(-1)}
          disabled={i === 0}
          aria-label={`Move ${name} up`}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onMove(1)}
          disabled={last}
          aria-label={`Move ${name} down`}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          onClick={onRemove}
          aria-label={`Remove ${name}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
