import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { getDb, type Db } from "@/lib/db/client";
import { assertSameOrigin } from "./csrf";
import { AppError, errorBody } from "./errors";

/** Largest JSON body a route accepts unless it says otherwise (bytes). */
export const DEFAULT_BODY_LIMIT = Number(process.env.MAX_BODY_BYTES ?? 5 * 1024 * 1024);

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

/** Maps any thrown value to the error body; unknown failures are logged and hidden. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  if (appError.code === "unavailable") {
    console.warn(`503: ${error instanceof Error ? error.message : String(error)}`);
    return NextResponse.json(errorBody(appError), { status: appError.status, headers: { "Retry-After": "1" } });
  }
  return NextResponse.json(errorBody(appError), { status: appError.status });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return AppError.fromZod(error);
  if (isPrismaError(error, "P2002"))
    return new AppError("conflict", "A record with the same unique value already exists");
  if (isPrismaError(error, "P2025")) return AppError.notFound("Record");
  // Waited too long for a transaction slot or a pooled connection: overloaded, not broken, and
  // nothing was written, so the client may simply try again.
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

/** A JSON response with a status other than 200. */
export function json(data: unknown, status: number, headers?: HeadersInit): Response {
  return NextResponse.json(data, { status, headers });
}
