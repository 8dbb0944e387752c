/**
 * Failures a caller can act on, whatever the request came through: an API route, a server action,
 * the CLI or a worker thread. Domain code throws `AppError` and knows nothing of transports; each
 * transport maps it in one place: HTTP statuses and the JSON error body in `lib/http/errors.ts`,
 * form results in `lib/http/action.ts`, the CLI's message in `lib/cli/main.ts`.
 */
import { z } from "zod";

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

/** One field-level problem, as in the `issues` array of an error body. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure the caller can act on. */
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

  static notFound(what: string): AppError {
    return new AppError("not_found", `${what} not found`);
  }

  static fromZod(error: z.ZodError, code: ErrorCode = "validation_failed"): AppError {
    const issues = error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    return new AppError(code, `Invalid request: ${summary}`, issues);
  }
}

/**
 * Any thrown value as an `AppError`: zod failures become `validation_failed`, the database's
 * unique-constraint and missing-record errors `conflict` and `not_found`, a wait for a transaction
 * slot or pooled connection `unavailable` (nothing was written; try again), and anything else
 * `internal`, with a message that gives nothing away (the caller logs the original).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return AppError.fromZod(error);
  if (isPrismaError(error, "P2002"))
    return new AppError("conflict", "A record with the same unique value already exists");
  if (isPrismaError(error, "P2025")) return AppError.notFound("Record");
  if (isPrismaError(error, "P2028") || isPoolTimeout(error))
    return new AppError("unavailable", "The server is too busy to take this request now; try again in a moment");
  return new AppError("internal", "Something went wrong on our side; the error was logged");
}

/** pg-pool's error when no connection came free within `connectionTimeoutMillis`, however wrapped. */
function isPoolTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/timeout exceeded when trying to connect/i.test(e.message)) return true;
  }
  return false;
}

function isPrismaError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === code;
}
