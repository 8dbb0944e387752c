/**
 * Cross-site request forgery: every state-changing handler under app/api (found on disk, so a new
 * route is covered without a new row) refuses a cookie-signed request from another site with 403
 * and says why, and lets the same request through from the app's own origin. Bearer-token calls
 * (CLI, scripts) are not CSRF-able and pass whatever Origin they carry. The session cookie's
 * flags are checked over http and behind an https proxy.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, signIn, testDb, uniqueEmail, userWithToken } from "@/test/support/http";
import { ownServer } from "@/test/support/own-server";
import { createApiToken } from "@/lib/tokens/create-api-token";

const EVIL = "https://evil.example";
const apiDir = path.resolve(import.meta.dirname, "../../app/api");

/** Every state-changing handler exported from app/api/**\/route.ts, as [route folder, method]. */
function stateChangingHandlers(): [string, string][] {
  const found: [string, string][] = [];
  const files = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts");
  for (const file of files.sort()) {
    const route = path.dirname(file).split(path.sep).join("/");
    const source = fs.readFileSync(path.join(apiDir, file), "utf8");
    const direct = [
      ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g),
    ].map((m) => m[1] ?? "");
    const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b/g)].map((x) => x[1] ?? ""),
    );
    for (const method of new Set([...direct, ...listed])) found.push([route, method]);
  }
  return found;
}

/** A URL for the route that touches nothing real: unknown ids, and next-auth's credentials callback. */
function urlOf(route: string): string {
  if (route === "auth/[...nextauth]") return "/api/auth/callback/credentials";
  return `/api/${route.replace(/\[(\w+)\]/g, "no-such-$1")}`;
}

const handlers = stateChangingHandlers();
let admin: { cookie: string; token: string; userId: string };

beforeAll(async () => {
  const { user, token, password } = await userWithToken("admin");
  const session = await signIn(user.email, password);
  if (!session.cookie) throw new Error(`could not sign in: ${session.error}`);
  admin = { cookie: session.cookie, token, userId: user.id };
});

describe("cross-site requests", () => {
  it("finds the state-changing handlers, including the ones outside the JSON routes", () => {
    const keys = handlers.map(([r, m]) => `${r} ${m}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        "articles POST",
        "articles/upload POST",
        "articles/bulk POST",
        "auth/[...nextauth] POST",
        "users/[id] PATCH",
        "tokens/[id] DELETE",
      ]),
    );
    expect(handlers.length).toBeGreaterThan(20);
  });

  it.each(handlers)("%s %s: refused from another site, let through from the app's own pages", async (route, method) => {
    const url = urlOf(route);
    const browserCrossSite = await api(url, {
      method,
      cookie: admin.cookie,
      json: {},
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
    });
    expect(browserCrossSite.status, JSON.stringify(browserCrossSite.data)).toBe(403);
    expect(browserCrossSite.data.error.code).toBe("forbidden");
    expect(browserCrossSite.data.error.message).toMatch(/Cross-site request refused/);

    // Older browsers send no Sec-Fetch-Site; their Origin decides.
    const originOnly = await api(url, { method, cookie: admin.cookie, json: {}, headers: { origin: EVIL } });
    expect(originOnly.status).toBe(403);
    const sameSite = await api(url, {
      method,
      cookie: admin.cookie,
      json: {},
      headers: { origin: "http://sub.127.0.0.1", "sec-fetch-site": "same-site" },
    });
    expect(sameSite.status).toBe(403);

    const own = await api(url, {
      method,
      cookie: admin.cookie,
      json: {},
      headers: { origin: baseUrl(), "sec-fetch-site": "same-origin" },
    });
    expect(own.status, JSON.stringify(own.data)).not.toBe(403);
    const ownOriginOnly = await api(url, { method, cookie: admin.cookie, json: {}, headers: { origin: baseUrl() } });
    expect(ownOriginOnly.status).not.toBe(403);
    expect(own.status).toBe(ownOriginOnly.status);
  });

  it("refuses a cross-site write before it does anything", async () => {
    const title = `Forged import ${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, "")}`;
    const res = await api("/api/articles?force=true", {
      method: "POST",
      cookie: admin.cookie,
      json: { title, text: "A forged article that must never be stored." },
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    const list = await api(`/api/articles?q=${encodeURIComponent(title)}`, { token: admin.token });
    expect(list.data.total).toBe(0);
  });

  it("refuses a cross-site sign-in even with a valid next-auth CSRF token and cookie", async () => {
    const { user, password } = await userWithToken("annotator");
    const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const csrfCookie = csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const post = (headers: Record<string, string>) =>
      fetch(`${baseUrl()}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, ...headers },
        body: new URLSearchParams({ csrfToken, email: user.email, password, json: "true" }),
      });
    const forged = await post({ origin: EVIL, "sec-fetch-site": "cross-site" });
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie().some((c) => c.includes("session-token"))).toBe(false);
    const own = await post({ origin: baseUrl(), "sec-fetch-site": "same-origin" });
    expect(own.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
  });

  it("lets bearer-token requests through whatever their Origin (browsers never attach a token by themselves)", async () => {
    const res = await api("/api/clusters", {
      method: "POST",
      token: admin.token,
      json: { name: `Scripted cluster ${uniqueEmail("c")}` },
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(201);
    const spare = await createApiToken({ db: testDb(), userId: admin.userId, input: { name: "script" } });
    const revoke = await api(`/api/tokens/${spare.id}`, {
      method: "DELETE",
      token: admin.token,
      headers: { origin: EVIL },
    });
    expect(revoke.status).not.toBe(403);
  });

  it("leaves reads alone: a cross-site GET is answered (the cookie's SameSite and CORS keep its body from the other site)", async () => {
    const res = await api("/api/me", {
      cookie: admin.cookie,
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("issues the session cookie HttpOnly, SameSite=Lax, for the whole site", async () => {
    const { user, password } = await userWithToken("reviewer");
    const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrfRes.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
      body: new URLSearchParams({ csrfToken, email: user.email, password, json: "true" }),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\/(;|$)/);
  });
});

/** The hidden fields and field names of the page's form that has all of `fields`, as the browser would send them. */
async function pageForm(path: string, cookie: string, fields: string[]): Promise<FormData> {
  const html = await (await fetch(`${baseUrl()}${path}`, { headers: { cookie } })).text();
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((m) => m[1] ?? "")
    .find((f) => fields.every((name) => f.includes(`name="${name}"`)));
  if (!form) throw new Error(`no form with ${fields.join(", ")} on ${path}`);
  const data = new FormData();
  for (const input of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    const decoded = (input[2] ?? "")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    data.append(input[1]!, decoded);
  }
  expect(
    [...data.keys()].some((k) => k.startsWith("$ACTION")),
    "the form posts to a server action",
  ).toBe(true);
  return data;
}

describe("server actions (the forms on /admin and /account, outside route())", () => {
  it("refuse a cross-site post of the admin's create-user form; the same post from the app's own page works", async () => {
    const forged = uniqueEmail("forged");
    const own = uniqueEmail("own");
    const post = async (email: string, origin: string, site: string) => {
      const data = await pageForm("/admin", admin.cookie, ["email", "name", "password"]);
      for (const [k, v] of Object.entries({
        email,
        name: "Forged Admin",
        role: "admin",
        password: "forged-password-1",
      }))
        data.set(k, v);
      return fetch(`${baseUrl()}/admin`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: admin.cookie, origin, "sec-fetch-site": site },
        body: data,
      });
    };
    const crossSite = await post(forged, EVIL, "cross-site");
    expect(crossSite.status).not.toBe(200);
    expect(await testDb().user.count({ where: { email: forged } })).toBe(0);
    const sameOrigin = await post(own, baseUrl(), "same-origin");
    expect(sameOrigin.status).toBe(200);
    expect(await testDb().user.count({ where: { email: own } })).toBe(1);
  });

  it("refuse a cross-site post of the account page's create-token form; the same post from the page works", async () => {
    const name = `forged ${Math.random().toString(36).slice(2)}`;
    const data = await pageForm("/account", admin.cookie, ["name"]);
    data.set("name", name);
    const res = await fetch(`${baseUrl()}/account`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: admin.cookie, origin: EVIL, "sec-fetch-site": "cross-site" },
      body: data,
    });
    expect(res.status).not.toBe(200);
    expect(await testDb().apiToken.count({ where: { name } })).toBe(0);
    const again = await pageForm("/account", admin.cookie, ["name"]);
    again.set("name", `${name} own`);
    const own = await fetch(`${baseUrl()}/account`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: admin.cookie, origin: baseUrl(), "sec-fetch-site": "same-origin" },
      body: again,
    });
    expect(own.status).toBe(200);
    expect(await testDb().apiToken.count({ where: { name: `${name} own` } })).toBe(1);
  });
});

describe("behind an https proxy", () => {
  const PUBLIC = "https://claims.example.org";
  const PARTNER = "https://partner.example.net";
  const server = ownServer({ NEXTAUTH_URL: PUBLIC, TRUSTED_ORIGINS: `${PARTNER}, not-an-origin` });

  it("marks the session cookie Secure (with the __Secure- prefix) and accepts the public and trusted origins, nothing else", async () => {
    const { user, password } = await userWithToken("annotator");
    const csrfRes = await fetch(`${server.url}/api/auth/csrf`);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      // The proxy passes the browser's Origin on but talks to the app by its internal Host.
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: PUBLIC,
        "sec-fetch-site": "same-origin",
        cookie: csrfRes.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
      body: new URLSearchParams({ csrfToken, email: user.email, password, json: "true" }),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session, res.headers.getSetCookie().join("\n")).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    const cookie = session!.split(";")[0]!;

    const post = (origin: string) =>
      fetch(`${server.url}/api/tokens`, {
        method: "POST",
        headers: { cookie, origin, "content-type": "application/json" },
        body: JSON.stringify({ name: "from the proxy" }),
      });
    expect((await post(PUBLIC)).status).toBe(201);
    expect((await post(PARTNER)).status).toBe(201);
    const evil = await post(EVIL);
    expect(evil.status).toBe(403);
    // The app's internal address is not what browsers see behind the proxy, but it is its own Host.
    expect((await post(server.url)).status).toBe(201);
  });
});
