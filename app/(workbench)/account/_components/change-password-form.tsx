"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { changePasswordAction } from "../actions";

type FieldName = "currentPassword" | "newPassword" | "confirmPassword";

const FIELDS: { name: FieldName; label: string; autoComplete: string }[] = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
];

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const errors: Partial<Record<FieldName, string>> = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} key={state.status === "changed" ? "changed" : "form"} noValidate>
      {state.status === "error" ? (
        <div role="alert" className="alert form-message">
          {state.message}
        </div>
      ) : null}
      {state.status === "changed" ? (
        <div role="status" className="notice form-message">
          {state.message}
        </div>
      ) : null}
      <div className="form-grid">
        {FIELDS.map(({ name, label, autoComplete }) => (
          <div className="field" key={name}>
            <label htmlFor={`password-${name}`} className="field__label">
              {label}
            </label>
            <input
              id={`password-${name}`}
              name={name}
              type="password"
              className="input"
              autoComplete={autoComplete}
              required
              minLength={name === "currentPassword" ? undefined : minLength}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={errors[name] ? `password-${name}-error` : undefined}
            />
            {errors[name] ? (
              <p id={`password-${name}-error`} className="field__error">
                {errors[name]}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <p className="field__hint">
        At least {minLength} characters, not only spaces, and not one of the passwords most often leaked.
      </p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Change password
        </button>
      </div>
    </form>
  );
}
