import { describe, expect, it } from "vitest";
import { api, signIn, testDb, userWithToken } from "@/test/support/http";

describe("API tokens", () => {
  it("are created from a session, shown once, stored hashed, and work as bearer tokens", async () => {
    const { user, password } = await userWithToken("annotator");
    const { cookie } = await signIn(user.email, password);
    const created = await api("/api/tokens", { method: "POST", cookie, json: { name: "laptop" } });
    expect(created.status).toBe(201);
    const secret = created.data.secret as string;
    expect(secret).toMatch(/^cbt_[A-Za-z0-9_-]{43}$/);
    const stored = await testDb().apiToken.findUniqueOrThrow({
      where: { id: created.data.id },
      omit: { tokenHash: false },
    });
    expect(stored.tokenHash).not.toContain(secret);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const list = await api("/api/tokens", { cookie });
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(list.data.items.map((t: { name: string }) => t.name)).toContain("laptop");
    const me = await api("/api/me", { token: secret });
    expect(me.data.email).toBe(user.email);
    const used = await testDb().apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(used.lastUsedAt).toBeInstanceOf(Date);
  });

  it("stop working when revoked", async () => {
    const { token, tokenId } = await userWithToken("reviewer");
    expect((await api("/api/articles", { token })).status).toBe(200);
    const revoked = await api(`/api/tokens/${tokenId}`, { method: "DELETE", token });
    expect(revoked.status).toBe(200);
    expect(revoked.data.revokedAt).toBeTruthy();
    expect((await api("/api/articles", { token })).status).toBe(401);
  });

  it("cannot be revoked by another user (404), but can by an admin", async () => {
    const owner = await userWithToken("annotator");
    const other = await userWithToken("reviewer");
    const admin = await userWithToken("admin");
    expect((await api(`/api/tokens/${owner.tokenId}`, { method: "DELETE", token: other.token })).status).toBe(404);
    expect((await api("/api/me", { token: owner.token })).status).toBe(200);
    expect((await api(`/api/tokens/${owner.tokenId}`, { method: "DELETE", token: admin.token })).status).toBe(200);
    expect((await api("/api/me", { token: owner.token })).status).toBe(401);
  });

  it("need a name", async () => {
    const { token } = await userWithToken("annotator");
    const res = await api("/api/tokens", { method: "POST", token, json: { name: "" } });
    expect(res.status).toBe(422);
    expect(res.data.error.issues[0].path).toBe("name");
  });
});
