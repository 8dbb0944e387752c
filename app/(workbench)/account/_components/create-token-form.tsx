"use client";

import { useActionState } from "react";
import { createTokenAction } from "../actions";
import { IDLE } from "@/lib/http/action-state";
import { NewTokenSecret } from "./new-token-secret";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, IDLE);
  const fieldError = state.status === "error" ? state.fieldErrors?.name : undefined;
  return (
    <>
      <form action={action} className="inline-form" noValidate>
        <div className="field">
          <label htmlFor="token-name" className="field__label">
            Token name
          </label>
          <input
            id="token-name"
            name="name"
            type="text"
            className="input"
            required
            maxLength={100}
            placeholder="e.g. Import script"
            autoComplete="off"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "token-name-error" : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          Create token
        </button>
      </form>
      {state.status === "error" ? (
        <p id="token-name-error" role="alert" className="field__error form-error-below">
          {fieldError ?? state.message}
        </p>
      ) : null}
      {state.status === "created" && state.secret ? (
        <NewTokenSecret name={state.name ?? ""} secret={state.secret} />
      ) : null}
    </>
  );
}
