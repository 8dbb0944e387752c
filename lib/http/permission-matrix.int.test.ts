/**
 * The permission matrix: every API route and method, tried by every kind of caller (nobody, a
 * bad token, and each role by session cookie and by API token), with the exact status each must
 * get. Requests are chosen to stop right after the permission check with no side effects
 * (unknown ids → 404, empty bodies → 422), so a status says "let through" or "turned away".
 *
 * The table must cover every handler exported from `app/api/**\/route.ts`: adding a route or a
 * method without a row here fails the first test, and so does a row for a handler that is gone.
 * Roles are spelled out (not derived from `rolePermissions`), so a change to who may do what
 * shows up here as a failing row, on purpose.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { api, signIn, userWithToken } from "@/test/support/http";
import { exportedHandlers } from "@/test/support/route-files";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Caller = "anonymous" | "bad token" | `${Role} by session` | `${Role} by token`;
type Expected = { anonymous: number } & Record<Role, number>;

interface Row {
  /** The route's folder under app/api, as on disk: "claims/[id]/review". */
  route: string;
  method: Method;
  /** The URL tried (defaults to the route with every [param] filled with an unknown id). */
  url?: string;
  json?: unknown;
  expect: Expected;
  /** The method is deliberately not implemented (the route file must not export it). */
  absent?: true;
}

// Who gets through, spelled out per role; `anonymous` also covers a bad bearer token.
const everyone = (s: number): Expected => ({ anonymous: s, annotator: s, reviewer: s, admin: s });
const signedIn = (s: number): Expected => ({ anonymous: 401, annotator: s, reviewer: s, admin: s });
const reviewers = (s: number): Expected => ({ anonymous: 401, annotator: 403, reviewer: s, admin: s });
const admins = (s: number): Expected => ({ anonymous: 401, annotator: 403, reviewer: 403, admin: s });
/** Methods a read-only route must never grow. */
const readOnly = (route: string): Row[] =>
  (["POST", "PUT", "PATCH", "DELETE"] as const).map((method) => ({
    route,
    method,
    json: {},
    expect: everyone(405),
    absent: true,
  }));

const matrix: Row[] = [
  { route: "health", method: "GET", expect: everyone(200) },
  { route: "auth/[...nextauth]", method: "GET", url: "/api/auth/providers", expect: everyone(200) },
  { route: "auth/[...nextauth]", method: "POST", url: "/api/auth/callback/credentials", expect: everyone(302) },
  { route: "me", method: "GET", expect: signedIn(200) },
  { route: "openapi.json", method: "GET", expect: everyone(200) },
  ...readOnly("openapi.json"),
  { route: "me/sent-back", method: "GET", expect: signedIn(200) },

  { route: "articles", method: "GET", expect: signedIn(200) },
  { route: "articles", method: "POST", json: {}, expect: signedIn(422) },
  { route: "articles/bulk", method: "POST", json: {}, expect: signedIn(415) },
  { route: "articles/upload", method: "POST", json: {}, expect: signedIn(415) },
  { route: "articles/[id]", method: "GET", expect: signedIn(404) },
  { route: "articles/[id]/claims", method: "GET", expect: signedIn(404) },
  { route: "articles/[id]/claims", method: "POST", json: {}, expect: signedIn(422) },
  { route: "articles/[id]/cleaning", method: "GET", expect: signedIn(404) },
  { route: "articles/[id]/cleaning/restore", method: "POST", json: {}, expect: signedIn(422) },
  {
    route: "articles/[id]/prefill",
    method: "GET",
    url: "/api/articles/no-such-id/prefill?start=0&end=1",
    expect: signedIn(404),
  },
  { route: "articles/[id]/suggestions", method: "GET", expect: signedIn(404) },
  { route: "articles/[id]/suggestions/dismiss", method: "POST", json: {}, expect: signedIn(422) },
  { route: "articles/[id]/submit-all", method: "POST", expect: signedIn(404) },

  { route: "claims", method: "GET", expect: signedIn(200) },
  { route: "claims/[id]", method: "GET", expect: signedIn(404) },
  { route: "claims/[id]", method: "PATCH", json: {}, expect: signedIn(422) },
  { route: "claims/[id]", method: "DELETE", expect: signedIn(404) },
  { route: "claims/[id]/submit", method: "POST", json: {}, expect: signedIn(422) },
  { route: "claims/[id]/merge", method: "POST", json: {}, expect: signedIn(422) },
  { route: "claims/[id]/review", method: "POST", json: {}, expect: reviewers(422) },
  { route: "claims/[id]/reopen", method: "POST", json: {}, expect: reviewers(422) },
  { route: "claims/[id]/review/undo", method: "POST", json: {}, expect: reviewers(422) },
  { route: "claims/[id]/history", method: "GET", expect: signedIn(404) },
  ...readOnly("claims/[id]/history"),
  { route: "claims/[id]/reviews", method: "GET", expect: signedIn(404) },
  ...readOnly("claims/[id]/reviews"),
  { route: "claims/[id]/evidence", method: "GET", expect: signedIn(404) },
  { route: "claims/[id]/evidence", method: "POST", json: {}, expect: signedIn(422) },
  { route: "claims/[id]/evidence/suggestions", method: "GET", expect: signedIn(404) },
  { route: "evidence/[id]", method: "DELETE", expect: signedIn(404) },

  { route: "clusters", method: "GET", expect: signedIn(200) },
  { route: "clusters", method: "POST", json: {}, expect: signedIn(422) },
  { route: "clusters/[id]", method: "GET", expect: signedIn(404) },
  { route: "clusters/[id]/claims", method: "POST", json: {}, expect: signedIn(422) },
  { route: "clusters/[id]/claims/[claimId]", method: "DELETE", expect: signedIn(404) },

  { route: "export", method: "GET", url: "/api/export?format=jsonl", expect: reviewers(200) },
  { route: "export", method: "GET", url: "/api/export?format=parquet", expect: reviewers(400) },
  { route: "export/manifest", method: "GET", url: "/api/export/manifest?format=csv", expect: reviewers(200) },
  { route: "export/schema", method: "GET", url: "/api/export/schema?format=averitec", expect: reviewers(200) },
  { route: "export/schema", method: "GET", url: "/api/export/schema?format=csv", expect: reviewers(400) },
  ...readOnly("export"),

  { route: "projects", method: "GET", expect: signedIn(200) },
  { route: "projects", method: "POST", json: {}, expect: reviewers(422) },
  { route: "projects/[id]", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]", method: "PATCH", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/schema", method: "PUT", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/members", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/members", method: "POST", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/members/[userId]", method: "PATCH", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/members/[userId]", method: "DELETE", expect: signedIn(404) },
  { route: "projects/[id]/guidelines", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/guidelines", method: "POST", json: {}, expect: signedIn(422) },
  {
    route: "projects/[id]/guidelines/[number]",
    method: "GET",
    url: "/api/projects/no-such-id/guidelines/1",
    expect: signedIn(404),
  },
  {
    route: "projects/[id]/guidelines/[number]/seen",
    method: "POST",
    url: "/api/projects/no-such-id/guidelines/latest/seen",
    expect: signedIn(404),
  },
  {
    route: "projects/[id]/guidelines/compare",
    method: "GET",
    url: "/api/projects/no-such-id/guidelines/compare?from=1&to=2",
    expect: signedIn(404),
  },
  { route: "projects/[id]/articles", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/articles", method: "POST", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/articles/[articleId]", method: "DELETE", expect: signedIn(404) },
  { route: "projects/[id]/queue", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/queue/next", method: "POST", expect: signedIn(404) },
  { route: "projects/[id]/assignments", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/assignments", method: "POST", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/assignments/bulk", method: "POST", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/dashboard", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/agreement", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/adjudications", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/articles/[articleId]/adjudication", method: "GET", expect: signedIn(404) },
  { route: "projects/[id]/articles/[articleId]/adjudication", method: "POST", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/articles/[articleId]/adjudication/close", method: "POST", json: {}, expect: signedIn(422) },
  { route: "projects/[id]/my-changes", method: "GET", expect: signedIn(404) },
  { route: "assignments/[id]", method: "GET", expect: signedIn(404) },
  { route: "assignments/[id]/start", method: "POST", expect: signedIn(404) },
  { route: "assignments/[id]/submit", method: "POST", expect: signedIn(404) },
  { route: "assignments/[id]/return", method: "POST", expect: signedIn(404) },
  { route: "assignments/[id]/reassign", method: "POST", json: {}, expect: signedIn(422) },

  { route: "audit", method: "GET", expect: admins(200) },
  ...readOnly("audit"),

  { route: "tokens", method: "GET", expect: signedIn(200) },
  { route: "tokens", method: "POST", json: {}, expect: signedIn(422) },
  { route: "tokens/[id]", method: "DELETE", expect: signedIn(404) },
  { route: "users", method: "GET", expect: admins(200) },
  { route: "users", method: "POST", json: {}, expect: admins(422) },
  { route: "users/[id]", method: "PATCH", json: {}, expect: admins(422) },
  { route: "users/[id]/disable", method: "POST", expect: admins(404) },
  { route: "users/[id]/enable", method: "POST", expect: admins(404) },
  { route: "users/[id]/password-reset", method: "POST", expect: admins(404) },
  { route: "users/[id]/sign-out", method: "POST", expect: admins(404) },
  { route: "me/password", method: "POST", json: {}, expect: signedIn(422) },
];

function urlOf(row: Row): string {
  return row.url ?? `/api/${row.route.replace(/\[\.\.\.\w+\]/g, "no-such-path").replace(/\[(\w+)\]/g, "no-such-$1")}`;
}

describe("permission matrix", () => {
  it("has a row for every exported route handler, and none for handlers that do not exist", () => {
    const handlers = exportedHandlers();
    const rows = new Set(matrix.filter((r) => !r.absent).map((r) => `${r.route} ${r.method}`));
    const missing = [...handlers].filter((h) => !rows.has(h)).sort();
    const stale = [...rows].filter((r) => !handlers.has(r)).sort();
    expect(missing, "handlers without a row in lib/http/permission-matrix.int.test.ts: add one per method").toEqual([]);
    expect(stale, "rows for handlers that no longer exist").toEqual([]);
    const wronglyPresent = matrix
      .filter((r) => r.absent && handlers.has(`${r.route} ${r.method}`))
      .map((r) => `${r.route} ${r.method}`);
    expect(wronglyPresent, "methods that must stay unimplemented (the audit trail is append-only)").toEqual([]);
  });

  const callers: { caller: Caller; role: Role | null; auth: () => { token?: string; cookie?: string } }[] = [];
  const credentials = new Map<Role, { token: string; cookie: string }>();

  beforeAll(async () => {
    for (const role of ["annotator", "reviewer", "admin"] as const) {
      const { user, token, password } = await userWithToken(role);
      const session = await signIn(user.email, password);
      if (!session.cookie) throw new Error(`could not sign in as ${role}: ${session.error}`);
      credentials.set(role, { token, cookie: session.cookie });
    }
  });
  callers.push({ caller: "anonymous", role: null, auth: () => ({}) });
  callers.push({ caller: "bad token", role: null, auth: () => ({ token: "cb_not-a-real-token" }) });
  for (const role of ["annotator", "reviewer", "admin"] as const) {
    callers.push({ caller: `${role} by session`, role, auth: () => ({ cookie: credentials.get(role)?.cookie }) });
    callers.push({ caller: `${role} by token`, role, auth: () => ({ token: credentials.get(role)?.token }) });
  }

  it.each(
    matrix.map((row) => [`${row.method} /api/${row.route}${row.absent ? " (not implemented)" : ""}`, row] as const),
  )("%s", async (_name, row) => {
    const results = await Promise.all(
      callers.map(async ({ caller, role, auth }) => {
        const res = await api(urlOf(row), {
          method: row.method,
          ...auth(),
          ...(row.json !== undefined ? { json: row.json } : {}),
        });
        return { caller, expected: role ? row.expect[role] : row.expect.anonymous, actual: res.status };
      }),
    );
    const wrong = results.filter((r) => r.actual !== r.expected);
    expect(wrong, `callers that got the wrong status on ${row.method} ${urlOf(row)}`).toEqual([]);
  });
});
