/**
 * Accounts people can manage (findings 5, 6 and 9): sign-out, password changes, resets,
 * disabling and "sign out everywhere" end sessions at once through the per-user session
 * version; tokens cannot mint tokens; the password policy; everything audited.
 */
import fs from "node:fs";
import { describe, expect, it, inject } from "vitest";
import { api, baseUrl, signIn, testDb, uniqueEmail, userWithToken } from "@/test/support/http";
import { runCli } from "@/test/support/cli";
import { resolveDatabase } from "@/lib/db/config";

/** Signs out the way the browser does: next-auth's CSRF token, then POST /api/auth/signout. */
async function signOut(cookie: string) {
  const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${baseUrl()}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(res.status).toBeLessThan(400);
}

async function auditActions(userId: string) {
  const events = await testDb().auditEvent.findMany({
    where: { entityType: "user", entityId: userId },
    orderBy: { createdAt: "asc" },
  });
  return events.map((e) => [e.action, e.actorId]);
}

describe("finding 6: sessions can be revoked", () => {
  it("a copied session cookie stops working once its user signs out", async () => {
    const { user, password } = await userWithToken("annotator");
    const { cookie } = await signIn(user.email, password);
    const copy = cookie!;
    expect((await api("/api/me", { cookie: copy })).status).toBe(200);
    await signOut(cookie!);
    expect((await api("/api/me", { cookie: copy })).status).toBe(401);
  });

  it("an admin disables a user: their session and token stop at once; enabled again they sign in anew", async () => {
    const admin = await userWithToken("admin");
    const { user, token, password } = await userWithToken("reviewer");
    const { cookie } = await signIn(user.email, password);
    expect((await api("/api/me", { cookie })).status).toBe(200);
    const disabled = await api(`/api/users/${user.id}/disable`, { method: "POST", token: admin.token });
    expect(disabled.status).toBe(200);
    expect(disabled.data.disabledAt).toBeTruthy();
    expect((await api("/api/me", { cookie })).status).toBe(401);
    expect((await api("/api/me", { token })).status).toBe(401);
    expect((await signIn(user.email, password)).cookie).toBeUndefined();

    expect((await api(`/api/users/${user.id}/enable`, { method: "POST", token: admin.token })).status).toBe(200);
    expect((await api("/api/me", { cookie })).status).toBe(401);
    expect((await api("/api/me", { token })).status).toBe(200);
    expect((await signIn(user.email, password)).cookie).toBeTruthy();
    expect(await auditActions(user.id)).toEqual([
      ["user.create", null],
      ["user.disable", admin.user.id],
      ["user.enable", admin.user.id],
    ]);
  });

  it("refuses to disable oneself or the last admin", async () => {
    const admin = await userWithToken("admin");
    const self = await api(`/api/users/${admin.user.id}/disable`, { method: "POST", token: admin.token });
    expect(self.status).toBe(409);
    expect(self.data.error.message).toMatch(/your own account/);
  });

  it("signs a user out everywhere: every session ends, tokens keep working", async () => {
    const admin = await userWithToken("admin");
    const { user, token, password } = await userWithToken("annotator");
    const laptop = (await signIn(user.email, password)).cookie!;
    const phone = (await signIn(user.email, password)).cookie!;
    const res = await api(`/api/users/${user.id}/sign-out`, { method: "POST", token: admin.token });
    expect(res.status).toBe(200);
    expect((await api("/api/me", { cookie: laptop })).status).toBe(401);
    expect((await api("/api/me", { cookie: phone })).status).toBe(401);
    expect((await api("/api/me", { token })).status).toBe(200);
    expect((await api(`/api/users/${user.id}/sign-out`, { method: "POST", token })).status).toBe(403);
  });
});

describe("finding 5: people can change their own password", () => {
  it("with the current one; other sessions end, this one goes on with a fresh cookie", async () => {
    const { user, password } = await userWithToken("annotator");
    const here = (await signIn(user.email, password)).cookie!;
    const elsewhere = (await signIn(user.email, password)).cookie!;
    const wrong = await api("/api/me/password", {
      method: "POST",
      cookie: here,
      json: { currentPassword: "not-it-at-all", newPassword: "a-brand-new-passphrase" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.data.error.issues).toEqual([{ path: "currentPassword", message: "is not your current password" }]);

    const changed = await api("/api/me/password", {
      method: "POST",
      cookie: here,
      json: { currentPassword: password, newPassword: "a-brand-new-passphrase" },
    });
    expect(changed.status).toBe(200);
    const fresh = changed.headers
      .getSetCookie()
      .find((c) => c.startsWith("next-auth.session-token="))
      ?.split(";")[0];
    expect(fresh).toBeTruthy();
    expect((await api("/api/me", { cookie: elsewhere })).status).toBe(401);
    expect((await api("/api/me", { cookie: here })).status).toBe(401);
    expect((await api("/api/me", { cookie: fresh })).status).toBe(200);
    expect((await signIn(user.email, password)).cookie).toBeUndefined();
    expect((await signIn(user.email, "a-brand-new-passphrase")).cookie).toBeTruthy();
    expect((await auditActions(user.id)).map(([a]) => a)).toEqual(["user.create", "user.password_change"]);
  });

  it("not with an API token", async () => {
    const { token, password } = await userWithToken("annotator");
    const res = await api("/api/me/password", {
      method: "POST",
      token,
      json: { currentPassword: password, newPassword: "a-brand-new-passphrase" },
    });
    expect(res.status).toBe(403);
  });

  it("an admin's reset gives a temporary password shown once, which must be replaced", async () => {
    const admin = await userWithToken("admin");
    const { user, password } = await userWithToken("annotator");
    const old = (await signIn(user.email, password)).cookie!;
    const reset = await api(`/api/users/${user.id}/password-reset`, { method: "POST", token: admin.token });
    expect(reset.status).toBe(200);
    const temporary = reset.data.temporaryPassword as string;
    expect(temporary).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(reset.data.user).toMatchObject({ mustChangePassword: true });
    expect((await api("/api/me", { cookie: old })).status).toBe(401);
    const { cookie } = await signIn(user.email, temporary);
    const page = await api("/articles", { cookie });
    expect(page.headers.get("location")).toMatch(/\/account\?password=required$/);
    const changed = await api("/api/me/password", {
      method: "POST",
      cookie,
      json: { currentPassword: temporary, newPassword: "my-own-choice-again" },
    });
    expect(changed.status).toBe(200);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    const events = JSON.stringify(await testDb().auditEvent.findMany({ where: { entityId: user.id } }));
    expect(events).not.toContain(temporary);
  });
});

describe("finding 9: tokens, passwords and files", () => {
  it("an API token cannot create tokens; a session can", async () => {
    const { user, token, password } = await userWithToken("admin");
    const minted = await api("/api/tokens", { method: "POST", token, json: { name: "child" } });
    expect(minted.status).toBe(403);
    expect(minted.data.error.message).toMatch(/cannot create tokens/);
    const { cookie } = await signIn(user.email, password);
    expect((await api("/api/tokens", { method: "POST", cookie, json: { name: "from a session" } })).status).toBe(201);
  });

  it.each([
    ["12345678", /most common passwords/],
    ["        ", /only spaces/],
    ["Password1", /most common passwords/],
    ["claimbench-demo", /demo accounts' password/],
  ])("refuses the password %j with a clear message", async (weak, message) => {
    const admin = await userWithToken("admin");
    const res = await api("/api/users", {
      method: "POST",
      token: admin.token,
      json: { email: uniqueEmail("weak"), name: "Weak", password: weak },
    });
    expect(res.status).toBe(422);
    expect(res.data.error.issues).toEqual([{ path: "password", message: expect.stringMatching(message) }]);
  });

  it.runIf(inject("testDatabase") === "sqlite")(
    "the SQLite file and CLI backups are readable by their owner only",
    async () => {
      const { file } = resolveDatabase(inject("databaseUrl")) as { file: string };
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const out = `${file}.backup-${Date.now()}`;
      const result = await runCli("backup", "--out", out);
      expect(result.code).toBe(0);
      try {
        expect(fs.statSync(out).mode & 0o777).toBe(0o600);
      } finally {
        fs.rmSync(out, { force: true });
      }
    },
  );
});
