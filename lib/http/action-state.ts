/**
 * What a form's server action answers, as `useActionState` hands it to the form (types and one
 * constant only, so client components can import it). Actions are built with `action()` in
 * `./action.ts`.
 */

/** A refused or failed action: one sentence for the form, and problems that belong to one field. */
export interface ActionFailure<F extends string = string> {
  status: "error";
  message: string;
  /** Field name → message, shown next to that input. */
  fieldErrors?: Partial<Record<F, string>>;
  /** What was typed in the fields the action keeps (never a password), so a refused form keeps its values. */
  values?: Partial<Record<F, string>>;
}

/** A form's state: untouched, the action's own success result, or a failure. */
export type ActionState<Done, F extends string = string> = { status: "idle" } | Done | ActionFailure<F>;

/** The state of a form before its first submission. */
export const IDLE = { status: "idle" } as const;
