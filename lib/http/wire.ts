/**
 * The error half of the HTTP wire: what every failed route sends, as `{ error: ErrorWire }`
 * (`errorBody` in `./errors.ts`). Types only, for the browser's API client as much as the server.
 */
import type { FieldIssue } from "@/lib/errors";

export type { FieldIssue };

/** The `error` of a failed response's body. */
export interface ErrorWire {
  /** An `ErrorCode` of `lib/errors.ts` from the server (the browser names its own failures with no body). */
  code: string;
  message: string;
  issues?: FieldIssue[];
}
