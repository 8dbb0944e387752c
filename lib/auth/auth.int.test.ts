import { describe, expect, it, inject } from "vitest";
import { api, baseUrl, signIn, testDb, uniqueEmail, userWithToken } from "@/test/support/http";
import { startServer } from "@/test/support/server";
import { seedUser } from "@/lib/seed/seed-user";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { WRONG_CREDENTIALS } from "./authenticate";

describe("health", () => {
  it("tells anonymous callers only that it is up (finding 13), and signed-in ones the database and version", async () => {
    const anonymous = await api("/api/health");
    expect(anonymous.status).toBe(200);
    expect(anonymous.data).toEqual({ ok: true });
    const { token } = await userWithToken("annotator");
    const res = await api("/api/health", { token });
    expect(res.data).toEqual({
      ok: true,
      database: inject("testDatabase"),
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

describe("sessions", () => {
  it.each(DEMO_USERS.map((u) => [u.role, u.email] as const))(
    "signs in the demo %s and acts with its role",
    async (role, email) => {
      const { cookie, error } = await signIn(email, inject("demoPassword"));
      expect(error).toBeUndefined();
      const me = await api("/api/me", { cookie });
      expect(me.status).toBe(200);
      expect(me.data).toMatchObject({ email, role });
      const users = await api("/api/users", { cookie });
      expect(users.status).toBe(role === "admin" ? 200 : 403);
    },
  );

  it("refuses a wrong password with a clear message and no session", async () => {
    const result = await signIn(DEMO_USERS[0].email, "not-the-password");
    expect(result.cookie).toBeUndefined();
    expect(result.error).toBe(WRONG_CREDENTIALS);
  });

  it("makes an address that failed repeatedly for an email wait before trying again", async () => {
    const email = uniqueEmail("slowed");
    await seedUser(testDb(), { email, name: "Slowed", role: "annotator", password: "right-password-1" });
    for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong-${i}`)).error).toBe(WRONG_CREDENTIALS);
    const blocked = await signIn(email, "right-password-1");
    expect(blocked.cookie).toBeUndefined();
    expect(blocked.error).toBe("Too many failed sign-in attempts. Try again in 30 seconds.");
    const attempts = await testDb().signInAttempt.count({ where: { email } });
    expect(attempts).toBe(5);
  });

  it("keeps a session across a server restart", async () => {
    const { user, password } = await userWithToken("annotator");
    const first = await startServer({ databaseUrl: inject("databaseUrl") });
    const { cookie } = await signIn(user.email, password, first.url);
    expect(cookie).toBeTruthy();
    await first.stop();
    const second = await startServer({ databaseUrl: inject("databaseUrl") });
    try {
      const me = await fetch(`${second.url}/api/me`, { headers: { cookie: cookie ?? "" } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe(user.email);
    } finally {
      await second.stop();
    }
  });

  it("ends access at once for a disabled account (session and token)", async () => {
    const { user, token, password } = await userWithToken("reviewer");
    const { cookie } = await signIn(user.email, password);
    expect((await api("/api/me", { cookie })).status).toBe(200);
    await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    // Read from the database on every request, even when disabled by hand.
    expect((await api("/api/me", { cookie })).status).toBe(401);
    expect((await api("/api/me", { token })).status).toBe(401);
    expect((await signIn(user.email, password)).error).toBe(WRONG_CREDENTIALS);
  });

  it("serves the sign-in page to anonymous users and redirects protected pages there", async () => {
    const page = await fetch(`${baseUrl()}/signin`);
    expect(page.status).toBe(200);
    const articles = await fetch(`${baseUrl()}/articles`, { redirect: "manual" });
    expect([302, 303, 307, 308]).toContain(articles.status);
    expect(articles.headers.get("location")).toMatch(/\/signin\?callbackUrl=%2Farticles/);
  });
});
