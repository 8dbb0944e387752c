"use client";

import { useId, useState } from "react";
import { PasteForm, type PasteLimits } from "./paste-form";
import { UploadPanel } from "./upload-panel";

/** A project the caller manages, which an import may go straight into. */
export interface ImportProject {
  id: string;
  name: string;
}

/**
 * The project picker above the paste form and the upload panel: with a project chosen, every
 * article imported (or found already in the library) is also included in that project.
 */
export function ImportWorkspace({
  limits,
  projects,
  initialProjectId,
}: {
  limits: PasteLimits;
  projects: readonly ImportProject[];
  initialProjectId: string;
}) {
  const [projectId, setProjectId] = useState(initialProjectId);
  const pickerId = useId();
  const hintId = `${pickerId}-hint`;

  return (
    <>
      {projects.length > 0 ? (
        <div className="card card--padded import-project">
          <label className="field__label" htmlFor={pickerId}>
            Import into project
          </label>
          <select
            id={pickerId}
            className="select import-project__select"
            value={projectId}
            aria-describedby={hintId}
            onChange={(e) => setProjectId(e.target.value)}
          >
            <option value="">None (the library and the Default project)</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <p id={hintId} className="field__hint">
            Articles always join the shared library; with a project chosen, each one imported, or found already there,
            is also added to that project. Only projects you manage are offered.
          </p>
        </div>
      ) : null}

      <div className="import-grid">
        <section className="card card--padded" aria-labelledby="paste-heading">
          <h2 id="paste-heading">Paste an article</h2>
          <p className="section__lede import-section__lede">One article as text, HTML or Markdown.</p>
          <PasteForm limits={limits} projectId={projectId} />
        </section>

        <section className="card card--padded" aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload files</h2>
          <p className="section__lede import-section__lede">
            Many files at once; each file’s title comes from the document itself.
          </p>
          <UploadPanel maxBytes={limits.maxBytes} projectId={projectId} />
        </section>
      </div>
    </>
  );
}
