import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { getDb, type Db } from "@/lib/db/client";
import { assertSameOrigin } from "./csrf";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./errors";

/** Largest JSON body a route accepts unless it says otherwise (bytes). */
const DEFAULT_BODY_LIMIT = Number(process.env.MAX_BODY_BYTES ?? 5 * 1024 * 1024);

interface RouteOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  /** The permission the caller needs; `null` for public routes. */
  permission: Permission | null;
  body?: B;
  query?: Q;
  bodyLimit?: number;
}

interface RouteContext<B, Q, A> {
  req: NextRequest;
  db: Db;
  actor: A;
  params: Record<string, string>;
  body: B;
  query: Q;
}

type Inferred<T> = T extends z.ZodType ? z.output<T> : undefined;

/**
 * The one wrapper every API route goes through: refuse cross-site state-changing requests
 * signed in by cookie (`./csrf`), authenticate (session cookie or bearer token), check the named
 * permission, parse body and query with zod, call the handler, and map every failure to
 * `{ error: { code, message, issues? } }` with the right status.
 */
export function route<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends Permission | null = Permission,
>(
  options: RouteOptions<B, Q> & { permission: P },
  handler: (ctx: RouteContext<Inferred<B>, Inferred<Q>, P extends null ? Actor | null : Actor>) => Promise<unknown>,
) {
  return async (req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const db = getDb();
      const actor = await resolveActor(db, req);
      if (options.permission) {
        if (!actor) throw new AppError("unauthenticated", "Sign in or send Authorization: Bearer <token>");
        if (!can(actor, options.permission)) {
          throw new AppError("forbidden", `Your role (${actor.role}) lacks the ${options.permission} permission`);
        }
      }
      const rawParams = ctx?.params ? await ctx.params : {};
      const params = Object.fromEntries(
        Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      const query = options.query
        ? parseWith(options.query, Object.fromEntries(req.nextUrl.searchParams), "bad_request")
        : undefined;
      const body = options.body
        ? parseWith(options.body, await readJson(req, options.bodyLimit ?? DEFAULT_BODY_LIMIT))
        : undefined;
      const result = await handler({
        req,
        db,
        actor: actor as P extends null ? Actor | null : Actor,
        params,
        body: body as Inferred<B>,
        query: query as Inferred<Q>,
      });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  code: "validation_failed" | "bad_request" = "validation_failed",
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error, code);
  return parsed.data;
}

/** Reads a JSON body with a size limit; wrong type, oversize and malformed JSON are client errors. */
export async function readJson(req: Request, limit: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) throw new AppError("payload_too_large", `The body is larger than the limit of ${limit} bytes`);
  const text = await req.text();
  if (Buffer.byteLength(text) > limit)
    throw new AppError("payload_too_large", `The body is larger than the limit of ${limit} bytes`);
  if (!text.trim()) throw new AppError("bad_request", "The request body is empty; expected a JSON object");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError(
      "bad_request",
      `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A JSON response with a status other than 200. */
export function json(data: unknown, status: number, headers?: HeadersInit): Response {
  return NextResponse.json(data, { status, headers });
}
