import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api, testDb, uniqueEmail, userWithToken } from "@/test/support/http";
import { updateClaim } from "@/lib/claims/update-claim";
import { createUser } from "@/lib/users/create-user";
import { setUserRole } from "@/lib/users/set-user-role";
import { reviewClaim } from "@/lib/review/review-claim";
import { draftClaim, submittedClaim } from "@/test/support/review";
import { recordAudit } from "./record-audit";

/** An actor id no user has: its audit insert breaks the actor foreign key, after the change was made. */
const ghost = () => ({ id: `ghost-${randomBytes(4).toString("hex")}`, role: "admin" as const });

async function eventsFor(entityId: string) {
  return testDb().auditEvent.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

describe("audit trail: every change writes an event", () => {
  it("records claim create, update and delete with actor, before and after", async () => {
    const author = await userWithToken("annotator");
    const { claim } = await draftClaim(author.token);
    await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: author.token,
      json: { version: 1, note: "checked" },
    });
    await api(`/api/claims/${claim.id}`, { method: "DELETE", token: author.token });
    const events = await eventsFor(claim.id);
    expect(events.map((e) => [e.action, e.actorId, e.entityType])).toEqual([
      ["claim.create", author.user.id, "claim"],
      ["claim.update", author.user.id, "claim"],
      ["claim.delete", author.user.id, "claim"],
    ]);
    const [created, updated, deleted] = events.map((e) => ({
      before: e.before && JSON.parse(e.before),
      after: e.after && JSON.parse(e.after),
    }));
    expect(created).toMatchObject({ before: null, after: { id: claim.id, version: 1, note: null } });
    expect(updated).toMatchObject({ before: { version: 1, note: null }, after: { version: 2, note: "checked" } });
    expect(deleted).toMatchObject({ before: { version: 2, note: "checked" }, after: null });
  });

  it("records user creation and role changes, never with a password hash", async () => {
    const admin = await userWithToken("admin");
    const created = await api("/api/users", {
      method: "POST",
      token: admin.token,
      json: { email: uniqueEmail("audited"), name: "Audited", password: "long-enough-pw" },
    });
    expect(created.status).toBe(201);
    await api(`/api/users/${created.data.id}`, {
      method: "PATCH",
      token: admin.token,
      json: { role: "reviewer", version: 1 },
    });
    const events = await eventsFor(created.data.id);
    expect(events.map((e) => e.action)).toEqual(["user.create", "user.role_change"]);
    expect(JSON.parse(events[1]?.before ?? "{}")).toMatchObject({ role: "annotator", version: 1 });
    expect(JSON.parse(events[1]?.after ?? "{}")).toMatchObject({ role: "reviewer", version: 2 });
    for (const e of events) expect(`${e.before} ${e.after}`).not.toMatch(/passwordHash|scrypt|\$argon|\$2[aby]\$/);
  });
});

describe("audit trail: the change and its event are one transaction", () => {
  it("rolls back a claim edit whose audit write fails", async () => {
    const author = await userWithToken("annotator");
    const { claim } = await draftClaim(author.token);
    await expect(
      updateClaim({ db: testDb(), actor: ghost(), id: claim.id, input: { version: 1, note: "never stored" } }),
    ).rejects.toThrow();
    const stored = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version: 1, note: null });
    expect((await eventsFor(claim.id)).map((e) => e.action)).toEqual(["claim.create"]);
  });

  it("rolls back a review decision whose decision or audit write fails", async () => {
    const author = await userWithToken("annotator");
    const { claim } = await submittedClaim(author.token);
    await expect(
      reviewClaim({
        db: testDb(),
        actor: ghost(),
        id: claim.id,
        input: { decision: "approve", version: claim.version },
      }),
    ).rejects.toThrow();
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "submitted",
      version: claim.version,
      reviewerId: null,
    });
    expect(await testDb().reviewDecision.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await eventsFor(claim.id)).map((e) => e.action)).toEqual(["claim.create", "claim.submit"]);
  });

  it("rolls back user creation and role changes whose audit write fails", async () => {
    const email = uniqueEmail("rollback");
    await expect(
      createUser({ db: testDb(), actor: ghost(), input: { email, name: "Never", password: "long-enough-pw" } }),
    ).rejects.toThrow();
    expect(await testDb().user.findUnique({ where: { email } })).toBeNull();
    const { user } = await userWithToken("annotator");
    await expect(setUserRole({ db: testDb(), actor: ghost(), userId: user.id, role: "reviewer" })).rejects.toThrow();
    expect(await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "annotator",
      version: 1,
    });
  });

  it("writes neither the change nor the event when the transaction fails after both", async () => {
    const author = await userWithToken("annotator");
    const { claim } = await draftClaim(author.token);
    await expect(
      testDb().$transaction(async (tx) => {
        await tx.claim.update({ where: { id: claim.id }, data: { note: "half-done", version: { increment: 1 } } });
        await recordAudit(tx, {
          actorId: author.user.id,
          action: "claim.update",
          entityType: "claim",
          entityId: claim.id,
          before: { note: null },
          after: { note: "half-done" },
        });
        throw new Error("failure after the audit write");
      }),
    ).rejects.toThrow("failure after the audit write");
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      version: 1,
      note: null,
    });
    expect((await eventsFor(claim.id)).map((e) => e.action)).toEqual(["claim.create"]);
  });
});

describe("audit API", () => {
  it("is for admins only", async () => {
    for (const role of ["annotator", "reviewer"] as const) {
      const { token } = await userWithToken(role);
      expect((await api("/api/audit", { token })).status).toBe(403);
    }
    expect((await api("/api/audit")).status).toBe(401);
  });

  it("filters by entity, action, actor and date, newest first, paged", async () => {
    const admin = await userWithToken("admin");
    const author = await userWithToken("annotator");
    const { article, claim } = await draftClaim(author.token);
    await api(`/api/claims/${claim.id}`, { method: "PATCH", token: author.token, json: { version: 1, note: "one" } });
    await api(`/api/claims/${claim.id}`, { method: "PATCH", token: author.token, json: { version: 2, note: "two" } });

    const all = await api(`/api/audit?entityType=claim&entityId=${claim.id}`, { token: admin.token });
    expect(all.status).toBe(200);
    expect(all.data).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(all.data.items.map((e: { action: string }) => e.action)).toEqual([
      "claim.update",
      "claim.update",
      "claim.create",
    ]);
    expect(all.data.items[0]).toMatchObject({
      actor: { id: author.user.id, name: author.user.name },
      changes: ["note"],
      before: { note: "one" },
      after: { note: "two" },
    });

    const paged = await api(`/api/audit?entityId=${claim.id}&pageSize=2&page=2`, { token: admin.token });
    expect(paged.data).toMatchObject({ total: 3, pages: 2, page: 2 });
    expect(paged.data.items.map((e: { action: string }) => e.action)).toEqual(["claim.create"]);

    const byAction = await api(`/api/audit?entityId=${claim.id}&action=claim.create`, { token: admin.token });
    expect(byAction.data.total).toBe(1);
    // The author's own import of the claim's article is theirs too.
    const byActor = await api(`/api/audit?actorId=${author.user.id}`, { token: admin.token });
    expect(byActor.data.total).toBe(4);
    expect(byActor.data.items.at(-1)).toMatchObject({
      action: "article.import",
      entityType: "article",
      entityId: article.id,
    });
    const today = new Date().toISOString().slice(0, 10);
    const dated = await api(`/api/audit?entityId=${claim.id}&from=${today}&to=${today}`, { token: admin.token });
    expect(dated.data.total, JSON.stringify(dated.data)).toBe(3);
    expect((await api(`/api/audit?entityId=${claim.id}&to=2000-01-01`, { token: admin.token })).data.total).toBe(0);

    const bad = await api("/api/audit?from=yesterday", { token: admin.token });
    expect(bad.status).toBe(400);
    expect(bad.data.error.issues[0].path).toBe("from");
    const inverted = await api("/api/audit?from=2026-02-02&to=2026-01-01", { token: admin.token });
    expect(inverted.status).toBe(400);
  });

  it("offers no way to change or delete events (405 for every writing method)", async () => {
    const admin = await userWithToken("admin");
    const { claim } = await draftClaim(admin.token);
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect((await api("/api/audit", { method, token: admin.token, json: {} })).status).toBe(405);
      expect((await api(`/api/claims/${claim.id}/history`, { method, token: admin.token, json: {} })).status).toBe(405);
    }
    expect((await eventsFor(claim.id)).length).toBe(1);
  });
});
