import { describe, expect, it } from "vitest";
import { api, testDb, uniqueEmail, userWithToken } from "@/test/support/http";

describe("users API", () => {
  it("lets admins create users and change roles; the new role applies at once", async () => {
    const admin = await userWithToken("admin");
    const email = uniqueEmail("new");
    const created = await api("/api/users", {
      method: "POST",
      token: admin.token,
      json: { email: email.toUpperCase(), name: "New Person", password: "long-enough-pw" },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ email, role: "annotator", version: 1 });
    expect(created.data).not.toHaveProperty("passwordHash");
    const dup = await api("/api/users", {
      method: "POST",
      token: admin.token,
      json: { email, name: "Again", password: "long-enough-pw" },
    });
    expect(dup.status).toBe(409);
    const promoted = await api(`/api/users/${created.data.id}`, {
      method: "PATCH",
      token: admin.token,
      json: { role: "reviewer", version: 1 },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.data).toMatchObject({ role: "reviewer", version: 2 });
    const events = await testDb().auditEvent.findMany({
      where: { entityType: "user", entityId: created.data.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["user.create", admin.user.id],
      ["user.role_change", admin.user.id],
    ]);
    const stale = await api(`/api/users/${created.data.id}`, {
      method: "PATCH",
      token: admin.token,
      json: { role: "admin", version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toMatchObject({ role: "reviewer", version: 2 });
  });

  it("validates input and names the fields", async () => {
    const admin = await userWithToken("admin");
    const res = await api("/api/users", {
      method: "POST",
      token: admin.token,
      json: { email: "nope", name: "", role: "king", password: "short" },
    });
    expect(res.status).toBe(422);
    const paths = (res.data.error.issues as { path: string }[]).map((i) => i.path).sort();
    expect(paths).toEqual(["email", "name", "password", "role"]);
    const missing = await api("/api/users/no-such-user", {
      method: "PATCH",
      token: admin.token,
      json: { role: "reviewer" },
    });
    expect(missing.status).toBe(404);
  });

  it("is closed to annotators and reviewers (403) and to anonymous callers (401)", async () => {
    for (const role of ["annotator", "reviewer"] as const) {
      const { token, user } = await userWithToken(role);
      expect((await api("/api/users", { token })).status).toBe(403);
      const self = await api(`/api/users/${user.id}`, { method: "PATCH", token, json: { role: "admin" } });
      expect(self.status).toBe(403);
    }
    expect((await api("/api/users")).status).toBe(401);
  });
});
