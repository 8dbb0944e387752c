/**
 * Sign-in with an organisation's OpenID Connect provider, end to end against a real OpenID
 * Provider (oidc-provider) running in the test: first sign-in provisions an account with the
 * default role, a groups claim maps to a role, an unverified email is refused, an existing
 * account is matched by verified email, sign-out ends the session.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { freePort, startServer, type RunningServer } from "@/test/support/server";
import { testDb, uniqueEmail } from "@/test/support/http";
import { seedUser } from "@/lib/seed/seed-user";
import { startOidcProvider, testAccountId, TEST_CLIENT } from "@/test/support/oidc-provider.mjs";

let app: RunningServer;
let provider: { issuer: string; close(): Promise<void> };

beforeAll(async () => {
  const [appPort, providerPort] = [await freePort(), await freePort()];
  const appUrl = `http://127.0.0.1:${appPort}`;
  provider = await startOidcProvider({
    port: providerPort,
    redirectUris: [`${appUrl}/api/auth/callback/corp`, `${appUrl}/api/auth/callback/partner`],
  });
  const common = { ISSUER: provider.issuer, CLIENT_ID: TEST_CLIENT.clientId, CLIENT_SECRET: TEST_CLIENT.clientSecret };
  const env: Record<string, string> = { OIDC_PROVIDERS: "corp,partner" };
  for (const [id, settings] of Object.entries({
    CORP: {
      ...common,
      NAME: "Example Corp",
      ROLE_CLAIM: "groups",
      ROLE_MAP: "fact-check-leads=reviewer,it-admins=admin",
    },
    PARTNER: { ...common, NAME: "Partner Org", PROVISION: "false" },
  })) {
    for (const [key, value] of Object.entries(settings)) env[`OIDC_${id}_${key}`] = value;
  }
  app = await startServer({ databaseUrl: inject("databaseUrl"), port: appPort, env });
});

afterAll(async () => {
  await app?.stop();
  await provider?.close();
});

/** A cookie jar and manual redirects: what a browser does between the app and the provider. */
class Browser {
  private jar = new Map<string, string>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const headers = new Headers({ cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ") });
    let body: string | undefined;
    if (init.form) {
      headers.set("content-type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(url, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(";");
      const at = pair!.indexOf("=");
      const [name, value] = [pair!.slice(0, at).trim(), pair!.slice(at + 1).trim()];
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects from `url`; the last response and the URL it came from. */
  async follow(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    let res = await this.request(url, init);
    let at = url;
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 20; hops++) {
      at = new URL(res.headers.get("location")!, at).toString();
      res = await this.request(at);
    }
    return { res, url: at };
  }

  cookie(name: string) {
    const value = this.jar.get(name);
    return value ? `${name}=${value}` : undefined;
  }
}

/** Signs in through `providerId` as the person `account` names; the session cookie and where the browser ended. */
async function signInThrough(providerId: string, account: Parameters<typeof testAccountId>[0]) {
  const browser = new Browser();
  const csrf = await browser.request(`${app.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const start = await browser.request(`${app.url}/api/auth/signin/${providerId}`, {
    form: { csrfToken, callbackUrl: `${app.url}/articles`, json: "true" },
  });
  const authorizeUrl = start.headers.get("location") ?? ((await start.json()) as { url: string }).url;
  expect(authorizeUrl.startsWith(provider.issuer)).toBe(true);
  const login = await browser.follow(authorizeUrl);
  expect(login.url).toMatch(/\/interaction\/[\w-]+$/);
  expect(await login.res.text()).toContain('name="login"');
  const done = await browser.follow(login.url, {
    form: { prompt: "login", login: testAccountId(account), password: "any" },
  });
  return { cookie: browser.cookie("next-auth.session-token"), url: done.url, browser };
}

async function me(cookie: string | undefined) {
  const res = await fetch(`${app.url}/api/me`, { headers: { cookie: cookie ?? "" } });
  return { status: res.status, data: (await res.json()) as { id: string; email: string; role: string } };
}

describe("OpenID Connect sign-in", () => {
  it("shows each provider on the sign-in page", async () => {
    const page = await (await fetch(`${app.url}/signin`)).text();
    expect(page).toContain("Sign in with <!-- -->Example Corp");
    expect(page).toContain("Sign in with <!-- -->Partner Org");
  });

  it("provisions a first-time user with the default role, linked to the provider's subject, audited", async () => {
    const email = uniqueEmail("oidc-new");
    const { cookie, url } = await signInThrough("corp", { email, groups: ["staff"], name: "Nadia New" });
    expect(url).toBe(`${app.url}/articles`);
    const { status, data } = await me(cookie);
    expect(status).toBe(200);
    expect(data).toMatchObject({ email, role: "annotator", name: "Nadia New" });
    const identity = await testDb().userIdentity.findFirstOrThrow({ where: { userId: data.id } });
    expect(identity).toMatchObject({ provider: "corp", email });
    const user = await testDb().user.findUniqueOrThrow({ where: { id: data.id }, omit: { passwordHash: false } });
    expect(user.passwordHash).toBe("");
    const actions = await testDb().auditEvent.findMany({ where: { entityId: data.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["user.create", "user.identity_link"]);
  });

  it("maps the groups claim to a role at every sign-in", async () => {
    const email = uniqueEmail("oidc-lead");
    const first = await signInThrough("corp", { email, groups: ["staff", "fact-check-leads"] });
    expect((await me(first.cookie)).data.role).toBe("reviewer");
    const promoted = await signInThrough("corp", { email, groups: ["it-admins"] });
    expect((await me(promoted.cookie)).data.role).toBe("admin");
    const dropped = await signInThrough("corp", { email, groups: [] });
    expect((await me(dropped.cookie)).data.role).toBe("annotator");
  });

  it("refuses an unverified email: no account made, none linked", async () => {
    const email = uniqueEmail("oidc-unverified");
    const { cookie, url } = await signInThrough("corp", { email, verified: false });
    expect(cookie).toBeUndefined();
    expect(new URL(url).pathname).toBe("/signin");
    expect(new URL(url).searchParams.get("error")).toBe("OidcUnverifiedEmail");
    expect(await testDb().user.count({ where: { email } })).toBe(0);
    const page = await (await fetch(url)).text();
    expect(page).toContain("did not confirm that your email address is verified");

    const existing = uniqueEmail("oidc-victim");
    await seedUser(testDb(), { email: existing, name: "Victim", role: "admin", password: "victims-password-1" });
    const takeover = await signInThrough("corp", { email: existing, verified: false });
    expect(takeover.cookie).toBeUndefined();
    expect(await testDb().userIdentity.count({ where: { email: existing } })).toBe(0);
  });

  it("matches an existing account by verified email, which keeps its password and role without a role claim", async () => {
    const email = uniqueEmail("oidc-existing");
    const { user } = await seedUser(testDb(), {
      email,
      name: "Existing",
      role: "reviewer",
      password: "own-password-12",
    });
    const { cookie } = await signInThrough("partner", { email });
    expect((await me(cookie)).data).toMatchObject({ id: user.id, role: "reviewer" });
  });

  it("admits only existing accounts where provisioning is off, and never a disabled one", async () => {
    const stranger = await signInThrough("partner", { email: uniqueEmail("oidc-stranger") });
    expect(new URL(stranger.url).searchParams.get("error")).toBe("OidcNoAccount");
    const email = uniqueEmail("oidc-disabled");
    await seedUser(testDb(), { email, name: "Disabled", role: "annotator", password: "own-password-12" });
    await testDb().user.update({ where: { email }, data: { disabledAt: new Date() } });
    const disabled = await signInThrough("corp", { email });
    expect(disabled.cookie).toBeUndefined();
    expect(new URL(disabled.url).searchParams.get("error")).toBe("OidcDisabled");
  });

  it("signs out: the session cookie, and any copy of it, stops working", async () => {
    const { cookie, browser } = await signInThrough("corp", { email: uniqueEmail("oidc-leaving") });
    expect((await me(cookie)).status).toBe(200);
    const csrf = await browser.request(`${app.url}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const out = await browser.request(`${app.url}/api/auth/signout`, { form: { csrfToken, json: "true" } });
    expect(out.status).toBeLessThan(400);
    expect(browser.cookie("next-auth.session-token")).toBeUndefined();
    expect((await me(cookie)).status).toBe(401);
  });
});
