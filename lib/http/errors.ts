/**
 * The one place an `AppError` becomes HTTP: its status, the JSON error body every route returns,
 * and the response for anything a handler threw. Routes reach it through `route()`; the proxy and
 * the next-auth handler, which sit outside `route()`, call it directly.
 */
import { NextResponse } from "next/server";
import { toAppError, type AppError, type ErrorCode } from "@/lib/errors";
import type { ErrorWire } from "./wire";

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

/** The HTTP status for an error code. */
export function httpStatus(error: Pick<AppError, "code">): number {
  return statusOf[error.code];
}

/** The JSON error body every route returns: `{ error: { code, message, issues? } }`. */
export function errorBody(error: AppError) {
  const wire: ErrorWire = {
    code: error.code,
    message: error.message,
    ...(error.issues ? { issues: error.issues } : {}),
  };
  return {
    error: wire,
    ...(error.details ?? {}),
  };
}

/** Maps any thrown value to the error response; unknown failures are logged and hidden. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  if (appError.code === "unavailable") {
    // Overloaded, not broken, and nothing was written: the client may simply try again.
    console.warn(`503: ${error instanceof Error ? error.message : String(error)}`);
    return NextResponse.json(errorBody(appError), { status: httpStatus(appError), headers: { "Retry-After": "1" } });
  }
  return NextResponse.json(errorBody(appError), { status: httpStatus(appError) });
}
