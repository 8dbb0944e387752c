"use client";

import { useActionState } from "react";
import { roles } from "@/lib/auth/permissions";
import { createUserAction } from "../actions";
import { IDLE } from "@/lib/http/action-state";

type FieldName = "email" | "name" | "role" | "password";

export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  const errors = (state.status === "error" && state.fieldErrors) || {};
  const values = state.status === "error" ? state.values : undefined;
  // Field props that tie an input to its error message for screen readers.
  const invalid = (name: FieldName) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `new-user-${name}-error` } : {};
  const errorFor = (name: FieldName) =>
    errors[name] ? (
      <p id={`new-user-${name}-error`} className="field__error">
        {errors[name]}
      </p>
    ) : null;

  return (
    // Keyed by the result so that after a success the inputs start empty again.
    <form action={action} key={state.status === "created" ? state.message : "form"} noValidate>
      {state.status === "error" && state.message ? (
        <div role="alert" className="alert form-message">
          {state.message}
        </div>
      ) : null}
      {state.status === "created" ? (
        <div role="status" className="notice form-message">
          {state.message}
        </div>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="new-user-email" className="field__label">
            Email
          </label>
          <input
            id="new-user-email"
            name="email"
            type="email"
            className="input"
            autoComplete="off"
            required
            defaultValue={values?.email}
            {...invalid("email")}
          />
          {errorFor("email")}
        </div>
        <div className="field">
          <label htmlFor="new-user-name" className="field__label">
            Name
          </label>
          <input
            id="new-user-name"
            name="name"
            type="text"
            className="input"
            autoComplete="off"
            required
            maxLength={200}
            defaultValue={values?.name}
            {...invalid("name")}
          />
          {errorFor("name")}
        </div>
        <div className="field">
          <label htmlFor="new-user-role" className="field__label">
            Role
          </label>
          <select
            id="new-user-role"
            name="role"
            className="select"
            defaultValue={values?.role || "annotator"}
            {...invalid("role")}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          {errorFor("role")}
        </div>
        <div className="field">
          <label htmlFor="new-user-password" className="field__label">
            Password
          </label>
          <input
            id="new-user-password"
            name="password"
            type="password"
            className="input"
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            aria-describedby="new-user-password-hint"
            {...invalid("password")}
          />
          {errorFor("password") ?? (
            <p id="new-user-password-hint" className="field__hint">
              At least {minPasswordLength} characters.
            </p>
          )}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Create user
        </button>
      </div>
    </form>
  );
}
