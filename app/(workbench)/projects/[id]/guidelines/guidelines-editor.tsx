"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { saveGuidelinesAction } from "./actions";
import { fieldError, FormMessage } from "../../_components/form-bits";

/** Writes a new version of the guidelines from the newest one; a version saved meanwhile is refused, not overwritten. */
export function GuidelinesEditor({
  projectId,
  baseVersion,
  markdown,
}: {
  projectId: string;
  baseVersion: number;
  markdown: string;
}) {
  const [state, action, pending] = useActionState(saveGuidelinesAction, IDLE);
  const f = fieldError(state, "guidelines");
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <div className="field">
        <label htmlFor="guidelines-markdown" className="field__label">
          Guidelines (Markdown)
        </label>
        <textarea
          id="guidelines-markdown"
          name="markdown"
          className="input input--mono guidelines-editor__text"
          rows={16}
          defaultValue={f.value("markdown") ?? markdown}
          {...f.invalid("markdown")}
        />
        {f.error("markdown") ?? (
          <p className="field__hint"># headings, - lists, **bold**, *italic*, `code`, [links](https://…).</p>
        )}
      </div>
      <div className="field">
        <label htmlFor="guidelines-note" className="field__label">
          Change note
        </label>
        <input
          id="guidelines-note"
          name="changeNote"
          className="input"
          maxLength={500}
          placeholder="What changed, for the annotators"
          defaultValue={f.value("changeNote")}
          {...f.invalid("changeNote")}
        />
        {f.error("changeNote")}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Save as version {baseVersion + 1}
        </button>
      </div>
    </form>
  );
}
