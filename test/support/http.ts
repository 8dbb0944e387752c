import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import type { Role } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { seedUser } from "@/lib/seed/seed-user";

let db: Db | undefined;

/** A client on the same database the test server uses. */
export function testDb(): Db {
  db ??= createDb(resolveDatabase(inject("databaseUrl")));
  return db;
}

export function baseUrl(): string {
  return inject("baseUrl");
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString("hex")}@claimbench.test`;
}

/** A new user of the given role with a token; every test makes its own. */
export async function userWithToken(role: Role, password = "test-password-123") {
  const { user } = await seedUser(testDb(), { email: uniqueEmail(role), name: `Test ${role}`, role, password });
  const token = await createApiToken({ db: testDb(), userId: user.id, input: { name: "test" } });
  return { user, token: token.secret, tokenId: token.id, password };
}

/** fetch against the test server with an optional bearer token or cookie. */
export async function api(path: string, init: RequestInit & { token?: string; cookie?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.cookie) headers.set("cookie", init.cookie);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  const res = await fetch(`${baseUrl()}${path}`, { ...init, headers, body, redirect: "manual" });
  const text = await res.text();
  let data: unknown = text;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (HTML page or redirect)
  }
  return { status: res.status, headers: res.headers, data: data as Record<string, any> };
}

/**
 * Signs in the way the browser does (CSRF token, then the credentials callback) and returns
 * the session cookie, or the error next-auth reported.
 */
export async function signIn(
  email: string,
  password: string,
  server = baseUrl(),
): Promise<{ cookie?: string; error?: string }> {
  const csrfRes = await fetch(`${server}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${server}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${server}/articles` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (session) return { cookie: session.split(";")[0] };
  const location = res.headers.get("location") ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return { error: new URL(location, server).searchParams.get("error") ?? `sign-in failed (${res.status})` };
}
