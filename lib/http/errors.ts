import type { z } from "zod";

export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "validation_failed"
  | "rate_limited"
  | "internal"
  | "unavailable";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** One field-level problem, as in the `issues` array of an error body. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure the caller can act on; mapped to an HTTP status in exactly one place (`toHttpError`). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    /** Extra payload returned beside the error, e.g. the current record on a 409. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return statusOf[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError("not_found", `${what} not found`);
  }

  static fromZod(error: z.ZodError, code: ErrorCode = "validation_failed"): AppError {
    const issues = error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    return new AppError(code, `Invalid request: ${summary}`, issues);
  }
}

/** The JSON error body every route returns: `{ error: { code, message, issues? } }`. */
export function errorBody(error: AppError) {
  return {
    error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    ...(error.details ?? {}),
  };
}
