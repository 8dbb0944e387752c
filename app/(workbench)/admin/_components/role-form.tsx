"use client";

import { useActionState } from "react";
import { roles, type Role } from "@/lib/auth/permissions";
import { saveRole } from "../actions";
import { IDLE } from "@/lib/http/action-state";

export function RoleForm({
  userId,
  email,
  role,
  version,
}: {
  userId: string;
  email: string;
  role: Role;
  version: number;
}) {
  const [state, action, pending] = useActionState(saveRole, IDLE);
  const selectId = `role-${userId}`;
  return (
    // While saving, a second submit waits (the button stays enabled: see below).
    <form action={action} className="row-actions" onSubmit={(e) => pending && e.preventDefault()}>
      <input type="hidden" name="userId" value={userId} />
      {/* The version seen when the page rendered: a change by someone else since is refused. */}
      <input type="hidden" name="version" value={version} />
      <label htmlFor={selectId} className="visually-hidden">
        Role for {email}
      </label>
      {/* Keyed by version: a <select> ignores a changed defaultValue, and React resets the form
          after each action, so without a fresh element it would snap back to the old role. */}
      <select
        key={version}
        id={selectId}
        name="role"
        defaultValue={role}
        className="select select--small"
        aria-invalid={state.status === "error" || undefined}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page. */}
      <button
        type="submit"
        className="button button--secondary button--small"
        aria-disabled={pending}
        aria-busy={pending}
      >
        Save
      </button>
      {state.status === "error" ? (
        <p role="alert" className="error-text row-message">
          {state.message}
        </p>
      ) : state.status === "saved" && !pending ? (
        <p role="status" className="status-text row-message">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
