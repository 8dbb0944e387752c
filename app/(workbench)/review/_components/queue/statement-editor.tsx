"use client";

import { useEffect, useRef, useState } from "react";
import { patchStatement } from "../review-api";

/**
 * The current claim's statement (the self-contained sentence the export writes as the claim),
 * which the reviewer may rewrite before deciding. Edit opens a box that takes focus; Save
 * (or Ctrl+Enter) sends it with the version the queue holds, Escape or Cancel closes it, and
 * focus goes back to Edit either way. The server's validation is the claim panel's; its message
 * shows under the box, which keeps the text for another try.
 */
export function StatementEditor({
  claimId,
  version,
  statement,
  onSaved,
}: {
  claimId: string;
  version: number;
  statement: string | null;
  /** The claim is at `version` now, with this statement (after a save, or as a 409 found it). */
  onSaved: (version: number, statement: string | null) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  // Focus follows the box: into it when it opens, back to Edit when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (editing) box.current?.focus();
    else if (opened.current) editButton.current?.focus();
    opened.current = editing;
  }, [editing]);

  function close() {
    setDraft(null);
    setError(null);
  }

  async function save() {
    if (draft === null || busy) return;
    setBusy(true);
    setSaid("");
    const text = draft.trim();
    const result = await patchStatement(claimId, { statement: text === "" ? null : text, version });
    setBusy(false);
    if (result.ok) {
      onSaved(result.version, result.statement);
      close();
      setSaid(result.statement === null ? "Statement cleared." : "Statement saved.");
      return;
    }
    if (result.status === 409 && result.current?.status === "submitted") {
      onSaved(result.current.version, result.current.statement);
      setError(
        "Someone changed this claim since it was loaded; its statement is shown above. Save again to replace it.",
      );
      return;
    }
    setError(result.message);
  }

  return (
    <div className="statement-edit">
      <h3 className="claim-context__title" id="statement-edit-heading">
        Statement
      </h3>
      {editing ? (
        <form
          className="compose"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="visually-hidden" htmlFor="statement-edit-box">
            Statement (self-contained)
          </label>
          <textarea
            id="statement-edit-box"
            ref={box}
            className="input compose__box"
            rows={3}
            value={draft}
            aria-describedby="statement-edit-hint"
            aria-invalid={error ? true : undefined}
            aria-errormessage={error ? "statement-edit-error" : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                close();
              } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void save();
              }
            }}
          />
          <p id="statement-edit-hint" className="field__hint">
            The claim as one self-contained sentence; it is what the exports write as the claim. Leave it empty to clear
            it. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels.
          </p>
          {error ? (
            <p id="statement-edit-error" className="field__error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="compose__actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Saving…" : "Save statement"}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="statement-edit__text">
          {statement ? <span>{statement}</span> : <span className="muted">No statement.</span>}{" "}
          <button
            type="button"
            ref={editButton}
            className="button button--small button--secondary"
            aria-describedby="statement-edit-heading"
            onClick={() => {
              setSaid("");
              setDraft(statement ?? "");
            }}
          >
            Edit statement
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
