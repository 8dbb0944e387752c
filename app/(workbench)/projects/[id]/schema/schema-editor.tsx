"use client";

import { startTransition, useActionState, useState } from "react";
import { IDLE } from "@/lib/http/action-state";
import type { VerdictLabel } from "@/lib/projects/vocabulary";
import { saveSchemaAction } from "./actions";
import { KindCard } from "./kind-card";
import { newKind, schemaPayload, toRow, type EditorKind, type KindRow } from "./schema-rows";
import { VerdictRows } from "./verdict-rows";

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
  const [rows, setRows] = useState<KindRow[]>(() => kinds.map(toRow));
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

  const update = (uid: string, patch: Partial<KindRow>) =>
    setRows((rs) => rs.map((r) => (r.uid === uid ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
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
      <input type="hidden" name="schema" value={schemaPayload(baseVersion, rows, verdicts)} />
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
        {rows.map((row, i) => (
          <KindCard
            key={row.uid}
            row={row}
            index={i}
            last={i === rows.length - 1}
            issueAt={issueAt}
            refusedMessage={state.status === "refused" && refusedKind && row.key === refusedKind ? state.message : null}
            onChange={(patch) => update(row.uid, patch)}
            onMove={(by) => move(i, by)}
            onRemove={() => setRows((rs) => rs.filter((r) => r.uid !== row.uid))}
          />
        ))}
      </ol>
      <div className="form-actions form-actions--start">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setRows((rs) => [...rs, newKind(rs)])}
        >
          Add a kind
        </button>
      </div>

      <VerdictRows verdicts={verdicts} setVerdicts={setVerdicts} issueAt={issueAt} />

      <div className="form-actions schema-editor__save">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Save schema
        </button>
      </div>
    </form>
  );
}
