"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { accountAction } from "../actions";

/** A user's account buttons: disable or enable, reset the password, sign out everywhere. */
export function AccountActions({
  userId,
  email,
  disabled,
  self,
}: {
  userId: string;
  email: string;
  disabled: boolean;
  self: boolean;
}) {
  const [state, action, pending] = useActionState(accountAction, IDLE);
  const button = (op: string, label: string) => (
    <button
      type="submit"
      name="op"
      value={op}
      className="button button--secondary button--small"
      disabled={pending}
      aria-label={`${label} ${email}`}
    >
      {label}
    </button>
  );
  return (
    <form action={action} className="row-actions">
      <input type="hidden" name="userId" value={userId} />
      {self ? null : disabled ? button("enable", "Enable") : button("disable", "Disable")}
      {button("reset-password", "Reset password")}
      {button("sign-out", "Sign out everywhere")}
      {state.status === "error" ? (
        <p role="alert" className="error-text row-message">
          {state.message}
        </p>
      ) : state.status === "done" && !pending ? (
        <p role="status" className="status-text row-message">
          {state.message} {state.temporaryPassword ? <code className="mono">{state.temporaryPassword}</code> : null}
        </p>
      ) : null}
    </form>
  );
}
