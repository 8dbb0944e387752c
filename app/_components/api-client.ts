/**
 * How the browser calls our JSON API. Every failure becomes an `ApiError` carrying the server's
 * message, its field issues, and on a 409 the record as it is stored now (`current`), so forms
 * can show what the server said instead of a status code.
 */

import type { ErrorWire, FieldIssue } from "@/lib/http/wire";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** On 409: the record as stored now, when the server sent it. */
    readonly current: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The message for one field, if the server blamed it. */
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

interface ErrorBody {
  error?: Partial<ErrorWire>;
  current?: unknown;
}

export async function callApi<T>(url: string, init?: { method: string; body?: unknown }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "Could not reach the server. Check your connection and try again.");
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => ({}))) as ErrorBody;
  throw new ApiError(
    res.status,
    body.error?.message ?? `The server answered ${res.status}.`,
    body.error?.issues ?? [],
    body.current ?? null,
  );
}
