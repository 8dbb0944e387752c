"use client";

import { startTransition, useActionState, useState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { AdjudicationFields, type AdjudicationValues } from "./adjudication-fields";
import { saveSettingsAction } from "./actions";
import { fieldError, FormMessage } from "../../_components/form-bits";

export interface SettingsValues extends AdjudicationValues {
  id: string;
  version: number;
  name: string;
  description: string;
  licence: string;
  annotatorsPerArticle: number;
  blind: boolean;
  assignmentMode: string;
  queueOrder: string;
  quotaCount: number | null;
  quotaShare: number | null;
  abandonAfterMinutes: number | null;
  requireGuidelinesRead: boolean;
}

/** A project's name, licence and workflow. Saving sends the version read, so a concurrent edit is a conflict, not a loss. */
export function SettingsForm({ project }: { project: SettingsValues }) {
  const [state, action, pending] = useActionState(saveSettingsAction, IDLE);
  const [quotaKind, setQuotaKind] = useState(
    project.quotaCount !== null ? "count" : project.quotaShare !== null ? "share" : "none",
  );
  const f = fieldError(state, "settings");
  return (
    // Keyed by the version, so a saved form shows the stored values (and the new version) again.
    // Submitted by hand: React resets a form after its action, which would throw away what was
    // typed when the save is refused. A saved form is keyed anew by the version instead.
    <form
      key={project.version}
      noValidate
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={project.id} />
      <input type="hidden" name="version" value={project.version} />
      <fieldset className="fieldset">
        <legend>About the dataset</legend>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="settings-name" className="field__label">
              Name
            </label>
            <input
              id="settings-name"
              name="name"
              className="input"
              defaultValue={project.name}
              maxLength={200}
              {...f.invalid("name")}
            />
            {f.error("name")}
          </div>
          <div className="field">
            <label htmlFor="settings-licence" className="field__label">
              Licence
            </label>
            <input
              id="settings-licence"
              name="licence"
              className="input"
              defaultValue={project.licence}
              placeholder="CC-BY-4.0"
              maxLength={200}
              {...f.invalid("licence")}
            />
            {f.error("licence")}
          </div>
          <div className="field field--wide">
            <label htmlFor="settings-description" className="field__label">
              Description
            </label>
            <textarea
              id="settings-description"
              name="description"
              className="input"
              rows={3}
              defaultValue={project.description}
              maxLength={5000}
              {...f.invalid("description")}
            />
            {f.error("description")}
          </div>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Workflow</legend>
        <p className="muted fieldset__lede">Changes apply to articles no one has started yet.</p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="settings-n" className="field__label">
              Annotators per article
            </label>
            <input
              id="settings-n"
              name="annotatorsPerArticle"
              type="number"
              min={1}
              max={5}
              className="input"
              defaultValue={project.annotatorsPerArticle}
              {...f.invalid("annotatorsPerArticle")}
            />
            {f.error("annotatorsPerArticle") ?? <p className="field__hint">1 to 5; 1 is the single-annotator flow.</p>}
          </div>
          <div className="field field--check">
            <label className="check">
              <input type="checkbox" name="blind" defaultChecked={project.blind} /> Blind
            </label>
            <p className="field__hint">Annotators see only their own claims until the article is adjudicated.</p>
          </div>
          <div className="field">
            <label htmlFor="settings-mode" className="field__label">
              Assignment
            </label>
            <select id="settings-mode" name="assignmentMode" className="select" defaultValue={project.assignmentMode}>
              <option value="automatic">Automatic: annotators press &ldquo;Next article&rdquo;</option>
              <option value="manual">Manual: managers assign in the matrix</option>
            </select>
            {f.error("assignmentMode")}
          </div>
          <div className="field">
            <label htmlFor="settings-order" className="field__label">
              Order
            </label>
            <select id="settings-order" name="queueOrder" className="select" defaultValue={project.queueOrder}>
              <option value="fewest_first">Fewest annotations first</option>
              <option value="random">Random, fixed per annotator</option>
            </select>
            {f.error("queueOrder")}
          </div>
          <div className="field">
            <label htmlFor="settings-quota-kind" className="field__label">
              Quota per annotator
            </label>
            <select
              id="settings-quota-kind"
              name="quotaKind"
              className="select"
              value={quotaKind}
              onChange={(e) => setQuotaKind(e.target.value)}
            >
              <option value="none">No limit</option>
              <option value="count">A number of articles</option>
              <option value="share">A share of the articles</option>
            </select>
          </div>
          {quotaKind === "count" ? (
            <div className="field">
              <label htmlFor="settings-quota-count" className="field__label">
                Articles per annotator
              </label>
              <input
                id="settings-quota-count"
                name="quotaCount"
                type="number"
                min={1}
                className="input"
                defaultValue={project.quotaCount ?? ""}
                {...f.invalid("quotaCount")}
              />
              {f.error("quotaCount")}
            </div>
          ) : (
            <input type="hidden" name="quotaCount" value="" />
          )}
          {quotaKind === "share" ? (
            <div className="field">
              <label htmlFor="settings-quota-share" className="field__label">
                Share of the articles (%)
              </label>
              <input
                id="settings-quota-share"
                name="quotaPercent"
                type="number"
                min={1}
                max={100}
                step="any"
                className="input"
                defaultValue={project.quotaShare === null ? "" : Math.round(project.quotaShare * 1000) / 10}
                {...f.invalid("quotaPercent")}
              />
              {f.error("quotaPercent")}
            </div>
          ) : (
            <input type="hidden" name="quotaPercent" value="" />
          )}
          <div className="field">
            <label htmlFor="settings-timeout" className="field__label">
              Abandonment timeout (hours)
            </label>
            <input
              id="settings-timeout"
              name="abandonAfterHours"
              type="number"
              min={1}
              step="any"
              className="input"
              defaultValue={project.abandonAfterMinutes === null ? "" : project.abandonAfterMinutes / 60}
              {...f.invalid("abandonAfterHours")}
            />
            {f.error("abandonAfterHours") ?? (
              <p className="field__hint">
                An assignment untouched this long returns to the pool; its claims stay. Empty: never.
              </p>
            )}
          </div>
          <div className="field field--check">
            <label className="check">
              <input type="checkbox" name="requireGuidelinesRead" defaultChecked={project.requireGuidelinesRead} /> New
              guidelines must be opened before the next article
            </label>
          </div>
        </div>
      </fieldset>
      <AdjudicationFields project={project} f={f} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
