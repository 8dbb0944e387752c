"use client";

import { startTransition, useActionState, useState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { kindAttributes, type KindAttribute, type KindAttributes, type VerdictLabel } from "@/lib/projects/vocabulary";
import { saveSchemaAction } from "../../actions";
import { ATTRIBUTE_LABELS } from "../../_components/project-labels";

export interface EditorKind {
  id?: string;
  key: string;
  label: string;
  colour: string;
  shortcut: number | null;
  definition: string;
  examples: string[];
  attributes: KindAttributes;
}

interface Row extends Omit<EditorKind, "examples"> {
  /** Stable React key (a new kind has no id yet). */
  uid: string;
  /** One example per line, as typed. */
  examplesText: string;
}

let counter = 0;
const toRow = (k: EditorKind): Row => ({
  ...k,
  uid: k.id ?? `new-${++counter}`,
  examplesText: k.examples.join("\n"),
});

const NEW_COLOURS = ["#2f7d32", "#b03a8e", "#8a6d00", "#00738a", "#9c3d00", "#4b5bb5"];

/**
 * The project's claim schema: kinds (key, label, colour, keyboard key, definition with examples,
 * which attributes apply and which are required) and verdict labels. The whole schema is saved
 * at once; what the server refuses comes back with the field it concerns.
 */
export function SchemaEditor({
  projectId,
  version,
  kinds,
  verdictLabels,
}: {
  projectId: string;
  version: number;
  kinds: EditorKind[];
  verdictLabels: VerdictLabel[];
}) {
  const [state, action, pending] = useActionState(saveSchemaAction, IDLE);
  const [rows, setRows] = useState<Row[]>(() => kinds.map(toRow));
  const [verdicts, setVerdicts] = useState(() => verdictLabels.map((v, i) => ({ ...v, uid: `v${i}` })));
  const [baseVersion, setBaseVersion] = useState(version);
  const [seen, setSeen] = useState(state);

  // After a save, new kinds have ids and the project a new version: take them, keeping the order.
  if (seen !== state) {
    setSeen(state);
    if (state.status === "saved") {
      setBaseVersion(state.version);
      setRows(state.kinds.map(toRow));
    }
  }

  const issues = state.status === "refused" ? state.issues : [];
  const issueAt = (path: string) => issues.find((i) => i.path === path)?.message;
  const refusedKind = state.status === "refused" ? state.kind : null;

  const update = (uid: string, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.uid === uid ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
    });
  const usedShortcuts = new Set(rows.map((r) => r.shortcut));
  const addKind = () =>
    setRows((rs) => [
      ...rs,
      toRow({
        key: "",
        label: "",
        colour: NEW_COLOURS[rs.length % NEW_COLOURS.length],
        shortcut: [1, 2, 3, 4, 5, 6, 7, 8, 9].find((n) => !usedShortcuts.has(n)) ?? null,
        definition: "",
        examples: [],
        attributes: {},
      }),
    ]);

  const payload = JSON.stringify({
    version: baseVersion,
    kinds: rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      key: r.key,
      label: r.label,
      colour: r.colour,
      shortcut: r.shortcut,
      definition: r.definition,
      examples: r.examplesText
        .split("\n")
        .map((e) => e.trim())
        .filter(Boolean),
      attributes: r.attributes,
    })),
    verdictLabels: verdicts.map(({ key, label }) => ({ key, label })),
  });

  const general = issues.filter((i) => !/^kinds\.\d+\./.test(i.path) && !/^verdictLabels\.\d+\./.test(i.path));

  return (
    // Submitted by hand rather than through `action=`: React resets a form after its action,
    // which would put the selects back to their first option while the state still holds the edit.
    <form
      noValidate
      className="schema-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
    >
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="schema" value={payload} />
      {state.status === "refused" || state.status === "error" ? (
        <div role="alert" className="alert form-message">
          {state.status === "refused" && issues.length > 0 && general.length === 0
            ? "Please correct the highlighted fields."
            : state.message}
          {general.length ? (
            <ul>
              {general.map((i) => (
                <li key={i.path + i.message}>
                  {i.path}: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.status === "saved" ? (
        <div role="status" className="notice form-message">
          {state.message}
        </div>
      ) : null}

      <h3 className="schema-editor__heading">Kinds</h3>
      <ol className="kind-cards">
        {rows.map((row, i) => {
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
              key={row.uid}
              className="card card--padded kind-card"
              style={{ borderLeftColor: /^#[0-9a-f]{6}$/i.test(row.colour) ? row.colour : undefined }}
              aria-label={name}
            >
              {refusedKind && row.key === refusedKind ? (
                <p role="alert" className="field__error">
                  {state.status === "refused" ? state.message : null}
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
                    onChange={(e) => update(row.uid, { label: e.target.value })}
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
                    onChange={(e) => update(row.uid, { key: e.target.value })}
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
                      value={/^#[0-9a-f]{6}$/i.test(row.colour) ? row.colour : "#000000"}
                      onChange={(e) => update(row.uid, { colour: e.target.value })}
                    />
                    <input
                      id={`${p}-colour`}
                      className="input input--mono"
                      value={row.colour}
                      maxLength={7}
                      onChange={(e) => update(row.uid, { colour: e.target.value })}
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
                    onChange={(e) => update(row.uid, { shortcut: e.target.value ? Number(e.target.value) : null })}
                    {...invalid("shortcut")}
                  >
                    <option value="">None</option>
                    {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
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
                    onChange={(e) => update(row.uid, { definition: e.target.value })}
                    {...invalid("definition")}
                  />
                  {errorText("definition") ?? (
                    <p className="field__hint">
                      Shown where annotators choose a kind: the popover, legend and keyboard help.
                    </p>
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
                    onChange={(e) => update(row.uid, { examplesText: e.target.value })}
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
                        update(row.uid, { attributes: next });
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
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={`Move ${name} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => move(i, 1)}
                  disabled={i === rows.length - 1}
                  aria-label={`Move ${name} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => setRows((rs) => rs.filter((r) => r.uid !== row.uid))}
                  aria-label={`Remove ${name}`}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form-actions form-actions--start">
        <button type="button" className="button button--secondary" onClick={addKind}>
          Add a kind
        </button>
      </div>

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
          onClick={() => setVerdicts((vs) => [...vs, { key: "", label: "", uid: `v-new-${++counter}` }])}
        >
          Add a verdict label
        </button>
      </div>

      <div className="form-actions schema-editor__save">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Save schema
        </button>
      </div>
    </form>
  );
}
