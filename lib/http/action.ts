import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db/client";
import { AppError, toAppError, type ErrorCode } from "@/lib/errors";
import type { ActionFailure, ActionState } from "./action-state";

type Fields<S extends z.ZodObject> = keyof S["shape"] & string;

export interface ActionOptions<S extends z.ZodObject> {
  /**
   * The permission the caller needs, or "signed-in" for what any signed-in user may do to their
   * own account. Checked on every call: an action is a public endpoint, whatever the page did.
   */
  permission: Permission | "signed-in";
  /** The form's fields: each key is read from the form data as a string ("" when absent or a file), then parsed. */
  input: S;
  /** What to say when there is no session or the role lacks the permission. */
  refused?: string;
  /** Field → label, for problems shown next to their input ("Email must be a valid address."). */
  labels?: Partial<Record<Fields<S>, string>>;
  /** The form's message when the input is refused and no problem belongs to a labelled field. */
  invalid?: string;
  /** Error codes that are about one field, e.g. `{ conflict: "email" }`: the message goes next to it. */
  errorFields?: Partial<Record<ErrorCode, Fields<S>>>;
  /** Fields whose typed values come back with a failure (never a password). */
  keep?: readonly Fields<S>[];
}

export interface ActionContext<S extends z.ZodObject> {
  actor: Actor;
  db: Db;
  input: z.output<S>;
}

/**
 * The one wrapper every server action goes through, as `route()` is for API routes: resolve the
 * caller from the session, check the named permission, read and parse the form with zod, call
 * the handler, and turn every failure into a result the form can show. For `useActionState`:
 *
 *     export const saveRole = action({ permission: "users.manage", input: SetRoleForm }, async ({ actor, db, input }) => …);
 */
export function action<S extends z.ZodObject, Done extends { status: string }>(
  options: ActionOptions<S>,
  handler: (ctx: ActionContext<S>) => Promise<Done>,
): (prev: ActionState<Done, Fields<S>>, formData: FormData) => Promise<ActionState<Done, Fields<S>>> {
  return (_prev, formData) => runAction({ caller: getCurrentActor, db: getDb }, options, handler, formData);
}

/** `action()`'s body, with the caller and database given (tests call it without a request). */
export async function runAction<S extends z.ZodObject, Done extends { status: string }>(
  deps: { caller: () => Promise<Actor | null>; db: () => Db },
  options: ActionOptions<S>,
  handler: (ctx: ActionContext<S>) => Promise<Done>,
  formData: FormData,
): Promise<Done | ActionFailure<Fields<S>>> {
  const raw = Object.fromEntries(Object.keys(options.input.shape).map((name) => [name, field(formData, name)]));
  const values = options.keep ? Object.fromEntries(options.keep.map((name) => [name, raw[name] ?? ""])) : undefined;
  const fail = (problem: Omit<ActionFailure, "status">): ActionFailure<Fields<S>> => ({
    status: "error",
    ...problem,
    ...(values ? { values } : {}),
  });
  try {
    const actor = await deps.caller();
    const { permission } = options;
    if (!actor) return fail({ message: options.refused ?? "Your session has ended. Sign in again." });
    if (permission !== "signed-in" && !can(actor, permission)) {
      return fail({
        message: options.refused ?? `Your role (${actor.role}) lacks the ${permission} permission. Reload the page.`,
      });
    }
    const parsed = options.input.safeParse(raw);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    return await handler({ actor, db: deps.db(), input: parsed.data });
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are Next's to handle
    return fail(describeFailure(error, options));
  }
}

/**
 * Turns whatever the action threw into text a form can show. Unknown failures are logged and
 * reported vaguely: their messages can carry SQL or paths that are not for the browser.
 */
function describeFailure<S extends z.ZodObject>(
  error: unknown,
  options: ActionOptions<S>,
): Pick<ActionFailure, "message" | "fieldErrors"> {
  const appError = toAppError(error);
  if (appError.code === "internal") {
    console.error(error);
    return { message: "Something went wrong on our side. Please try again." };
  }
  const labels: Partial<Record<string, string>> = options.labels ?? {};
  const ownField = options.errorFields?.[appError.code];
  if (ownField) return { message: CORRECT_FIELDS, fieldErrors: { [ownField]: sentence(appError.message) } };
  const fieldErrors: Record<string, string> = {};
  for (const issue of appError.issues ?? []) {
    const label = labels[issue.path];
    if (label && !fieldErrors[issue.path]) fieldErrors[issue.path] = `${label} ${issue.message}.`;
  }
  if (Object.keys(fieldErrors).length > 0) return { message: CORRECT_FIELDS, fieldErrors };
  if (appError.issues?.length && options.invalid) return { message: options.invalid };
  return { message: sentence(appError.message) };
}

const CORRECT_FIELDS = "Please correct the highlighted fields.";

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A form value as a string (a File or a missing field counts as empty). */
function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
