import type { ActionFailure, ActionState } from "@/lib/http/action-state";

/** The form-level message of an action's result: an alert on failure, a status line on success. */
export function FormMessage({ state }: { state: ActionState<{ status: string; message?: string }> }) {
  if (state.status === "idle") return null;
  if (state.status === "error") {
    return (
      <div role="alert" className="alert form-message">
        {state.message}
      </div>
    );
  }
  return "message" in state && state.message ? (
    <div role="status" className="notice form-message">
      {state.message}
    </div>
  ) : null;
}

function isFailure(state: { status: string }): state is ActionFailure {
  return state.status === "error";
}

/** Props that tie an input to its error (for screen readers), the error itself, and the kept value. */
export function fieldError(state: { status: string }, prefix: string) {
  const failure = isFailure(state) ? state : null;
  const errors: Partial<Record<string, string>> = failure?.fieldErrors ?? {};
  return {
    invalid: (name: string) =>
      errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${prefix}-${name}-error` } : {},
    error: (name: string) =>
      errors[name] ? (
        <p id={`${prefix}-${name}-error`} className="field__error">
          {errors[name]}
        </p>
      ) : null,
    value: (name: string): string | undefined => failure?.values?.[name],
  };
}
