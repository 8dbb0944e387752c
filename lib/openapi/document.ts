/**
 * The HTTP API as an OpenAPI 3.1 document, generated from the operations the routes hand to
 * `route()` (`./operations/*`): their permission, path, and the zod schemas `route()` parses
 * bodies and queries with, converted by zod's own `z.toJSONSchema` (JSON Schema draft 2020-12,
 * the dialect of OpenAPI 3.1). Served at `GET /api/openapi.json` and shown at `/api-docs`.
 */
import { z } from "zod";
import { appVersion } from "@/lib/version";
import { operationTags, type Operation } from "./operation";
import { allOperations } from "./operations";

type JsonSchema = Record<string, unknown>;

/** JSON Schema of what a client sends (the input side of transforms and defaults). */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "A stable machine-readable code, e.g. not_found, validation_failed" }),
      message: z.string().meta({ description: "What went wrong, for people" }),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "One entry per invalid field (400 and 422)" }),
    }),
  })
  .meta({ description: "Every failure; some 409s add the record as it now is (`current`)." });

/** Failures `route()` itself answers, by status. */
const standardErrors = {
  400: "The query is invalid (`error.issues` says which parameter)",
  401: "Not signed in: send the session cookie or `Authorization: Bearer <token>`",
  403: "Your role lacks the permission, or the request came from another site",
  404: "No such record, or one you may not see",
  413: "The body is larger than the limit",
  415: "The body is not sent as application/json",
  422: "The body is invalid (`error.issues` says which field)",
} as const;

const success = new Set([200, 201, 204, 302]);

/** Every status the operation may answer: its own plus those `route()` adds. */
function documentedStatuses(op: Operation): number[] {
  const statuses = new Set(Object.keys(op.responses).map(Number));
  if (op.permission !== null) [401, 403].forEach((s) => statuses.add(s));
  if (op.sessionOnly) statuses.add(403);
  if (pathParams(op.path).length) statuses.add(404);
  if (op.query) statuses.add(400);
  if (op.body) [413, 415, 422].forEach((s) => statuses.add(s));
  return [...statuses].sort((a, b) => a - b);
}

/** The `{param}` names of a path, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}

/** What a path parameter names: "claim" for `{id}` after `claims`, "article" for `{articleId}`. */
function paramNoun(op: Operation, name: string): string {
  const segments = op.path.split("/");
  const before = segments[segments.indexOf(`{${name}}`) - 1] ?? "record";
  return name === "id" ? before.replace(/ies$/, "y").replace(/s$/, "") : name.replace(/Id$/, "");
}

/** The example value of a path parameter: an id no record has, unless the operation gives one. */
function exampleParam(op: Operation, name: string): string {
  return op.example?.params?.[name] ?? `example-${paramNoun(op, name)}-id`;
}

function queryParameters(op: Operation): unknown[] {
  if (!op.query) return [];
  const schema = jsonSchemaOf(op.query);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
      ...(op.example?.query?.[name] !== undefined ? { example: op.example.query[name] } : {}),
    };
  });
}

function requestBody(op: Operation) {
  if (op.body) {
    return {
      required: true,
      content: {
        "application/json": {
          schema: jsonSchemaOf(op.body),
          ...(op.example?.body !== undefined ? { example: op.example.body } : {}),
        },
      },
    };
  }
  if (op.rawBody) {
    const binary = typeof op.rawBody.example !== "string";
    return {
      required: true,
      description: op.rawBody.description,
      content: {
        [op.rawBody.mediaType]: {
          schema: binary
            ? { type: "object", properties: { file: { type: "string", contentMediaType: "application/octet-stream" } } }
            : { type: "string" },
          example: op.rawBody.example,
        },
      },
    };
  }
  return undefined;
}

function responses(op: Operation) {
  const out: Record<string, unknown> = {};
  for (const status of documentedStatuses(op)) {
    const description = op.responses[status] ?? standardErrors[status as keyof typeof standardErrors] ?? "";
    if (success.has(status)) {
      out[status] =
        status === 204 || status === 302
          ? { description }
          : { description, content: { [op.produces ?? "application/json"]: {} } };
    } else {
      out[status] = {
        description,
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
  }
  return out;
}

function operationObject(op: Operation, operationId: string) {
  const body = requestBody(op);
  return {
    operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    "x-permission": op.permission,
    security: op.permission === null ? [] : op.sessionOnly ? [{ session: [] }] : [{ bearerToken: [] }, { session: [] }],
    parameters: [
      ...pathParams(op.path).map((name) => ({
        name,
        in: "path",
        required: true,
        description: op.params?.[name] ?? `The ${paramNoun(op, name)}'s id`,
        schema: { type: "string" },
        example: exampleParam(op, name),
      })),
      ...queryParameters(op),
    ],
    ...(body ? { requestBody: body } : {}),
    responses: responses(op),
  };
}

/** The OpenAPI 3.1 document of the whole HTTP API. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, op] of Object.entries(allOperations)) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op, operationId);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimbench API",
      version: appVersion,
      description:
        "Every endpoint speaks JSON unless it says otherwise. Authenticate with the session cookie of the web app or a personal token (`Authorization: Bearer <token>`, made on the Account page). Every failure answers `{ error: { code, message, issues? } }`.",
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    tags: operationTags.map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(ErrorBody) },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (`cb_…`)" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web app's session",
        },
      },
    },
  };
}
