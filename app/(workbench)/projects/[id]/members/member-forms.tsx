"use client";

import { useActionState, useEffect, useRef } from "react";
import { IDLE } from "@/lib/http/action-state";
import { projectRoles } from "@/lib/projects/vocabulary";
import { addMemberAction, removeMemberAction, updateMemberAction } from "./actions";
import { fieldError, FormMessage } from "../../_components/form-bits";
import { ROLE_LABELS } from "../../_components/project-labels";

export function AddMemberForm({ projectId }: { projectId: string }) {
  const [state, action, pending] = useActionState(addMemberAction, IDLE);
  const f = fieldError(state, "add-member");
  return (
    <form action={action} key={state.status === "added" ? state.message : "form"} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="add-member-email" className="field__label">
            Email
          </label>
          <input
            id="add-member-email"
            name="email"
            type="email"
            className="input"
            autoComplete="off"
            defaultValue={f.value("email")}
            {...f.invalid("email")}
          />
          {f.error("email") ?? <p className="field__hint">Someone with an account on this instance.</p>}
        </div>
        <div className="field">
          <label htmlFor="add-member-role" className="field__label">
            Project role
          </label>
          <select id="add-member-role" name="role" className="select" defaultValue={f.value("role") || "annotator"}>
            {projectRoles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          {f.error("role")}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Add member
        </button>
      </div>
    </form>
  );
}

/** One member's role and own quota, saved together. */
export function MemberRow({
  projectId,
  member,
}: {
  projectId: string;
  member: {
    userId: string;
    name: string;
    email: string;
    role: string;
    quota: number | null;
    version: number;
    activeAssignments: number;
  };
}) {
  const [state, action, pending] = useActionState(updateMemberAction, IDLE);
  const [removeState, remove, removing] = useActionState(removeMemberAction, IDLE);
  const f = fieldError(state, `member-${member.userId}`);
  const formId = `member-form-${member.userId}`;
  // The saved row's fields are new elements (keyed by version): a field that had focus is gone, so
  // focus goes on to the row's Save button instead of dropping to the page.
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.status === "saved" && document.activeElement === document.body) saveButton.current?.focus();
  }, [state]);
  return (
    <tr>
      <td className="middle">
        <div className="cell-title">{member.name}</div>
        <div className="cell-sub mono">{member.email}</div>
      </td>
      <td className="middle">
        <form id={formId} action={action} key={member.version} onSubmit={(e) => pending && e.preventDefault()}>
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="userId" value={member.userId} />
          <input type="hidden" name="version" value={member.version} />
        </form>
        <label htmlFor={`${formId}-role`} className="visually-hidden">
          Role of {member.name}
        </label>
        <select
          id={`${formId}-role`}
          form={formId}
          name="role"
          className="select select--small"
          defaultValue={member.role}
          key={`role-${member.version}`}
        >
          {projectRoles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </td>
      <td className="middle">
        <label htmlFor={`${formId}-quota`} className="visually-hidden">
          Own quota of {member.name}
        </label>
        <input
          id={`${formId}-quota`}
          form={formId}
          name="quota"
          type="number"
          min={1}
          className="input input--narrow"
          placeholder="project's"
          defaultValue={member.quota ?? ""}
          key={`quota-${member.version}`}
          {...f.invalid("quota")}
        />
        {f.error("quota")}
      </td>
      <td className="middle num">{member.activeAssignments}</td>
      <td className="middle">
        <div className="row-actions">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. */}
          <button
            ref={saveButton}
            type="submit"
            form={formId}
            className="button button--secondary button--small"
            aria-disabled={pending}
            aria-busy={pending}
          >
            Save
          </button>
          <form action={remove}>
            <input type="hidden" name="projectId" value={projectId} />
            <input type="hidden" name="userId" value={member.userId} />
            <button
              type="submit"
              className="button button--danger button--small"
              disabled={removing}
              aria-label={`Remove ${member.name}`}
            >
              Remove
            </button>
          </form>
        </div>
        {state.status === "error" && !state.fieldErrors ? (
          <p role="alert" className="error-text row-message">
            {state.message}
          </p>
        ) : null}
        {state.status === "saved" ? (
          <p role="status" className="status-text row-message">
            {state.message}
          </p>
        ) : null}
        {removeState.status === "error" ? (
          <p role="alert" className="error-text row-message">
            {removeState.message}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
