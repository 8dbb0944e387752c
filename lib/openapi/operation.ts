/**
 * One operation of the HTTP API, described once: the route hands it to `route()` (which checks
 * its `permission` and parses with its `body` and `query` schemas) and the OpenAPI document
 * (`./document.ts`) is generated from the very same object, so the two cannot drift apart.
 */
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The document's sections, in the order the reference page shows them. */
export const operationTags = [
  "Service",
  "Accounts",
  "Articles",
  "Claims",
  "Clusters",
  "Projects",
  "Guidelines",
  "Assignments",
  "Adjudication",
  "Export",
] as const;
type Tag = (typeof operationTags)[number];

export interface Operation<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  P extends Permission | null = Permission | null,
> {
  method: HttpMethod;
  /** The URL with `{param}` placeholders, as OpenAPI writes it: "/api/claims/{id}". */
  path: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** The permission the caller needs; `null` for public routes. */
  permission: P;
  /** The JSON body schema `route()` parses with (422 with `issues` when it fails). */
  body?: B;
  /** The query schema `route()` parses with (400 with `issues` when it fails). */
  query?: Q;
  bodyLimit?: number;
  /** A body `route()` does not parse as JSON (the handler reads it): its media type and an example. */
  rawBody?: { mediaType: string; description: string; example: string | Record<string, string> };
  /** What a path parameter is, where "the id of the <segment before it>" does not say enough. */
  params?: Record<string, string>;
  /** Statuses this operation answers beside the ones `route()` adds (401, 403, 400, 404, 413, 415, 422). */
  responses: Partial<Record<number, string>>;
  /** The media type of a successful answer when it is not JSON. */
  produces?: string;
  /** Only a signed-in browser session may call it, never an API token. */
  sessionOnly?: true;
  /** A request the reference page shows and the integration test sends. */
  example?: { params?: Record<string, string>; query?: Record<string, string | number>; body?: unknown };
}

/** Declares an operation, keeping the literal permission and schema types for `route()`. */
export function operation<
  const P extends Permission | null,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
>(spec: Operation<B, Q, P>): Operation<B, Q, P> {
  return spec;
}
