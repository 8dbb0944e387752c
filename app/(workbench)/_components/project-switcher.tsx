"use client";

import { useActionState, useRef } from "react";
import { usePathname } from "next/navigation";
import { IDLE } from "@/lib/http/action-state";
import { switchProject } from "./project-actions";

export interface SwitcherProject {
  id: string;
  name: string;
}

/**
 * The header's project picker. Choosing a project submits at once; without script the button
 * beside it does. Lists, filters, the dashboard, review and the dataset follow the choice.
 */
export function ProjectSwitcher({ projects, current }: { projects: SwitcherProject[]; current: string | null }) {
  const [state, action, pending] = useActionState(switchProject, IDLE);
  const form = useRef<HTMLFormElement>(null);
  const pathname = usePathname();
  // The query is left behind: page numbers and filters of one project mean nothing in another.
  const back = pathname;
  // On a project's own pages the switcher names that project, whatever was chosen before.
  const viewed = /^\/projects\/([^/]+)/.exec(pathname)?.[1];
  const shown = projects.some((p) => p.id === viewed) ? viewed! : current;
  return (
    <form ref={form} action={action} className="project-switcher">
      <label htmlFor="project-switcher" className="visually-hidden">
        Project
      </label>
      <select
        id="project-switcher"
        name="projectId"
        className="select select--small project-switcher__select"
        key={shown ?? ""}
        defaultValue={shown ?? ""}
        disabled={pending}
        onChange={() => form.current?.requestSubmit()}
        title="Project: lists, filters, the dashboard, review and the dataset follow it"
      >
        {shown ? null : <option value="">No project</option>}
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <input type="hidden" name="back" value={back} />
      <noscript>
        <button type="submit" className="button button--secondary button--small">
          Switch
        </button>
      </noscript>
      {state.status === "error" ? (
        <span role="alert" className="error-text project-switcher__error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
