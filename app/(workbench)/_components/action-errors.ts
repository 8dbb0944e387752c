import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

export interface ActionProblem {
  message: string;
  /** Field name → message, for errors that belong next to one input. */
  fieldErrors: Record<string, string>;
}

/**
 * Turns whatever a domain call threw into text a form can show. Unknown failures are logged
 * and reported vaguely: their messages can carry SQL or paths that are not for the browser.
 */
export function describeError(error: unknown, labels: Record<string, string> = {}): ActionProblem {
  const issues =
    error instanceof z.ZodError
      ? error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }))
      : error instanceof AppError
        ? (error.issues ?? [])
        : [];
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const label = labels[issue.path];
    if (label && !fieldErrors[issue.path]) fieldErrors[issue.path] = `${label} ${issue.message}.`;
  }
  if (issues.length > 0) return { message: "Please correct the highlighted fields.", fieldErrors };
  if (error instanceof AppError) return { message: sentence(error.message), fieldErrors };
  console.error(error);
  return { message: "Something went wrong on our side. Please try again.", fieldErrors };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A form value as a string (a File or a missing field counts as empty). */
export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
