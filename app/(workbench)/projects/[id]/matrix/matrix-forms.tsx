"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { addArticlesAction, bulkAssignAction } from "../queue-actions";
import { fieldError, FormMessage } from "../../_components/form-bits";

export function BulkAssignForm({ projectId }: { projectId: string }) {
  const [state, action, pending] = useActionState(bulkAssignAction, IDLE);
  const f = fieldError(state, "bulk");
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="field">
        <label htmlFor="bulk-csv" className="field__label">
          CSV of article,email
        </label>
        <textarea
          id="bulk-csv"
          name="csv"
          className="input input--mono"
          rows={5}
          placeholder={"article,email\ncm3x…,ana@example.org"}
          defaultValue={f.value("csv")}
          {...f.invalid("csv")}
        />
        {f.error("csv") ?? (
          <p className="field__hint">
            One line per assignment: the article&rsquo;s id, the annotator&rsquo;s email. All or nothing.
          </p>
        )}
      </div>
      <div className="form-row">
        <label htmlFor="bulk-file" className="field__label">
          or a file
        </label>
        <input
          id="bulk-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            const area = document.getElementById("bulk-csv") as HTMLTextAreaElement | null;
            if (file && area) area.value = await file.text();
          }}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Assign
        </button>
      </div>
    </form>
  );
}

export function AddArticlesForm({ projectId }: { projectId: string }) {
  const [state, action, pending] = useActionState(addArticlesAction, IDLE);
  const f = fieldError(state, "add-articles");
  return (
    <form action={action} noValidate key={state.status === "added" ? state.message : "form"}>
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="add-articles-q" className="field__label">
            Every library article matching
          </label>
          <input
            id="add-articles-q"
            name="q"
            type="search"
            className="input"
            defaultValue={f.value("q")}
            {...f.invalid("q")}
          />
          {f.error("q") ?? <p className="field__hint">Words of the title, publisher, author or text.</p>}
        </div>
        <div className="field">
          <label htmlFor="add-articles-ids" className="field__label">
            or these article ids
          </label>
          <textarea
            id="add-articles-ids"
            name="ids"
            className="input input--mono"
            rows={2}
            defaultValue={f.value("ids")}
            {...f.invalid("ids")}
          />
          {f.error("ids")}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Add articles
        </button>
      </div>
    </form>
  );
}
