/**
 * Sends one fuzz request to the test server and judges the answer: never a 5xx, and every
 * client error carries `{ error: { code, message } }` with both non-empty. Streamed answers
 * (bulk NDJSON, upload results) are judged line by line.
 */
import type { Role } from "@/lib/auth/permissions";
import { baseUrl, testDb } from "@/test/support/http";
import { CURRENT_VERSION, type FuzzRequest } from "./targets";

interface Created {
  articles: string[];
  claims: string[];
  clusters: string[];
}

export interface Verdict {
  status: number;
  /** Why the answer is unacceptable, or null. */
  problem: string | null;
  /**
   * The request got past transport and schema checks into the domain code: a success, a 403,
   * 404 or 409, or a 422 the domain raised (the schema's all start "Invalid request:").
   */
  reachedDomain: boolean;
  /** Ids of records the answer says were created. */
  created: Created;
}

async function currentVersion(ref: NonNullable<FuzzRequest["versionOf"]>): Promise<number | null> {
  const db = testDb();
  const select = { version: true } as const;
  const row =
    ref.model === "claim"
      ? await db.claim.findUnique({ where: { id: ref.id }, select })
      : ref.model === "article"
        ? await db.article.findUnique({ where: { id: ref.id }, select })
        : ref.model === "project"
          ? await db.project.findUnique({ where: { id: ref.id }, select })
          : ref.model === "member"
            ? await db.projectMember.findUnique({ where: { id: ref.id }, select })
            : await db.user.findUnique({ where: { id: ref.id }, select });
  return row?.version ?? null;
}

/** Replaces CURRENT_VERSION anywhere at the top level of an object body. */
function withVersion(value: unknown, version: number | null): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    Object.defineProperty(out, key, {
      value: v === CURRENT_VERSION ? (version ?? 1) : v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Describes a request for a failure message without pasting megabytes into it. */
export function describeRequest(method: string, req: FuzzRequest): string {
  const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s);
  const b = req.body;
  const shown =
    b.kind === "none"
      ? "(no body)"
      : b.kind === "json"
        ? clip(JSON.stringify(b.value) ?? "undefined")
        : `${b.contentType ?? "(no type)"} ${typeof b.text === "string" ? clip(JSON.stringify(b.text)) : `${b.text.length} bytes`}`;
  return `${method} ${clip(req.path)} as ${req.as}: ${req.signIn ? clip(JSON.stringify(req.signIn)) : shown}`;
}

function reached(status: number, data: unknown): boolean {
  if (status < 400 || status === 403 || status === 404 || status === 409) return true;
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  return status === 422 && typeof message === "string" && !message.startsWith("Invalid request:");
}

function errorProblem(data: unknown): string | null {
  const error = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error !== "object") return "a 4xx without an { error } body";
  if (typeof error.code !== "string" || !error.code) return "a 4xx whose error has no code";
  if (typeof error.message !== "string" || !error.message.trim()) return "a 4xx whose error has no message";
  return null;
}

export async function send(method: string, req: FuzzRequest, tokens: Record<Role, string>): Promise<Verdict> {
  const created: Created = { articles: [], claims: [], clusters: [] };
  if (req.signIn) return signInAttempt(req.signIn);

  const headers = new Headers({ authorization: `Bearer ${tokens[req.as]}` });
  let payload: BodyInit | undefined;
  if (req.body.kind === "json") {
    const version = req.versionOf ? await currentVersion(req.versionOf) : null;
    headers.set("content-type", "application/json");
    payload = JSON.stringify(withVersion(req.body.value, version)) ?? "";
  } else if (req.body.kind === "raw") {
    if (req.body.contentType) headers.set("content-type", req.body.contentType);
    payload = typeof req.body.text === "string" ? req.body.text : new Uint8Array(req.body.text);
  }
  let res: Response;
  try {
    res = await fetch(`${baseUrl()}${req.path}`, { method, headers, body: payload, redirect: "manual" });
  } catch (error) {
    return { status: 0, problem: `the request failed outright: ${String(error)}`, created, reachedDomain: false };
  }
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  if (res.status >= 500)
    return {
      status: res.status,
      problem: `answered ${res.status}: ${text.slice(0, 500)}`,
      created,
      reachedDomain: false,
    };

  if (type.includes("ndjson"))
    return { status: res.status, problem: ndjsonProblem(text, created), created, reachedDomain: true };
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    return {
      status: res.status,
      problem: `answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`,
      created,
      reachedDomain: false,
    };
  }
  if (process.env.FUZZ_VERBOSE)
    console.log(`${res.status} ${describeRequest(method, req).slice(0, 400)}\n    ${text.slice(0, 300)}`);
  const reachedDomain = reached(res.status, data);
  if (res.status >= 400) return { status: res.status, problem: errorProblem(data), created, reachedDomain };
  if (res.status >= 300)
    return { status: res.status, problem: `answered a redirect (${res.status})`, created, reachedDomain };

  const record = data as { id?: unknown; results?: unknown[] } | null;
  if (req.path.startsWith("/api/articles/upload")) {
    for (const r of (record?.results ?? []) as { status?: string; id?: string; error?: unknown }[]) {
      if (r.status === "error") {
        const problem = errorProblem(r);
        if (problem) return { status: res.status, problem: `an upload result: ${problem}`, created, reachedDomain };
      } else if (r.id) created.articles.push(r.id);
    }
  } else if (typeof record?.id === "string") {
    if (/^\/api\/articles(\?|$)/.test(req.path)) created.articles.push(record.id);
    if (/^\/api\/articles\/[^/]+\/claims/.test(req.path)) created.claims.push(record.id);
    if (req.path === "/api/clusters") created.clusters.push(record.id);
  }
  return { status: res.status, problem: null, created, reachedDomain };
}

/** NDJSON: every line JSON, error lines with code and message, and a summary last (the stream was not cut). */
function ndjsonProblem(text: string, created: Created): string | null {
  const lines = text.split("\n").filter((l) => l.trim());
  if (lines.length === 0) return "an empty NDJSON answer";
  for (const [i, line] of lines.entries()) {
    let row: { status?: string; id?: string; error?: unknown; summary?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      return `NDJSON line ${i + 1} is not JSON: ${line.slice(0, 200)}`;
    }
    if (row.status === "error") {
      const problem = errorProblem(row);
      if (problem) return `NDJSON line ${i + 1}: ${problem}`;
    }
    if (row.status === "created" && row.id) created.articles.push(row.id);
    if (i === lines.length - 1 && !row.summary)
      return `the NDJSON answer was cut off: its last line is not the summary (${line.slice(0, 200)})`;
  }
  return null;
}

/** A form post to next-auth's credentials callback, the way the sign-in page sends it. */
async function signInAttempt(credentials: { email: unknown; password: unknown }): Promise<Verdict> {
  const created: Created = { articles: [], claims: [], clusters: [] };
  const server = baseUrl();
  const csrfRes = await fetch(`${server}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const form = new URLSearchParams({ csrfToken, json: "true", callbackUrl: `${server}/articles` });
  if (credentials.email !== undefined) form.set("email", String(credentials.email));
  if (credentials.password !== undefined) form.set("password", String(credentials.password));
  const res = await fetch(`${server}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-auth-return-redirect": "1" },
    body: form,
  });
  const text = await res.text();
  // Past the CSRF check, a 401 is the credentials check itself answering.
  return {
    status: res.status,
    problem: res.status >= 500 ? `sign-in answered ${res.status}: ${text.slice(0, 300)}` : null,
    created,
    reachedDomain: res.status < 500,
  };
}
