"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { createProjectAction } from "../actions";
import { fieldError, FormMessage } from "./form-bits";

export function CreateProjectForm() {
  const [state, action, pending] = useActionState(createProjectAction, IDLE);
  const f = fieldError(state, "new-project");
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="new-project-name" className="field__label">
            Name
          </label>
          <input
            id="new-project-name"
            name="name"
            className="input"
            required
            maxLength={200}
            defaultValue={f.value("name")}
            {...f.invalid("name")}
          />
          {f.error("name")}
        </div>
        <div className="field">
          <label htmlFor="new-project-licence" className="field__label">
            Licence of the dataset
          </label>
          <input
            id="new-project-licence"
            name="licence"
            className="input"
            placeholder="CC-BY-4.0"
            maxLength={200}
            defaultValue={f.value("licence")}
            {...f.invalid("licence")}
          />
          {f.error("licence")}
        </div>
        <div className="field field--wide">
          <label htmlFor="new-project-description" className="field__label">
            Description
          </label>
          <textarea
            id="new-project-description"
            name="description"
            className="input"
            rows={2}
            maxLength={5000}
            defaultValue={f.value("description")}
            {...f.invalid("description")}
          />
          {f.error("description")}
        </div>
        <div className="field">
          <label htmlFor="new-project-n" className="field__label">
            Annotators per article
          </label>
          <input
            id="new-project-n"
            name="annotatorsPerArticle"
            type="number"
            min={1}
            max={5}
            className="input"
            defaultValue={f.value("annotatorsPerArticle") ?? "1"}
            {...f.invalid("annotatorsPerArticle")}
          />
          {f.error("annotatorsPerArticle") ?? <p className="field__hint">1 to 5. With more than one, work is blind.</p>}
        </div>
        <div className="field field--check">
          <label className="check">
            <input type="checkbox" name="blind" defaultChecked /> Blind: annotators see only their own claims
          </label>
          <p className="field__hint">Applies when more than one annotator works each article.</p>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Create project
        </button>
      </div>
    </form>
  );
}
