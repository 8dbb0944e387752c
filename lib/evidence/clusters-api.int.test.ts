import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { deathTolls } from "../../test/support/evidence";

const uniqueName = (label: string) => `${label} ${randomBytes(4).toString("hex")}`;
const add = (token: string, clusterId: string, claimId: string) =>
  api(`/api/clusters/${clusterId}/claims`, { method: "POST", token, json: { claimId } });

describe("clusters API", () => {
  it("creates, lists and refuses a taken or missing name", async () => {
    const { token, user } = await userWithToken("annotator");
    const name = uniqueName("Syrian death toll");
    const created = await api("/api/clusters", {
      method: "POST",
      token,
      json: { name: `  ${name} `, description: "Deaths since March 2011" },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/clusters/${created.data.id}`);
    expect(created.data).toMatchObject({
      name,
      description: "Deaths since March 2011",
      claimCount: 0,
      version: 1,
      createdBy: { id: user.id, name: user.name },
    });

    const taken = await api("/api/clusters", { method: "POST", token, json: { name } });
    expect(taken.status).toBe(409);
    expect(taken.data).toMatchObject({ error: { code: "conflict" }, existingId: created.data.id });
    const blank = await api("/api/clusters", { method: "POST", token, json: { name: "  " } });
    expect(blank.status).toBe(422);
    expect(blank.data.error.issues).toEqual([{ path: "name", message: "is required" }]);
    expect((await api("/api/clusters", { method: "POST", token, json: {} })).status).toBe(422);

    const reader = await userWithToken("reviewer");
    const list = await api(`/api/clusters?q=${encodeURIComponent(name.slice(-8).toUpperCase())}`, {
      token: reader.token,
    });
    expect(list.status).toBe(200);
    expect(list.data.items).toEqual([expect.objectContaining({ id: created.data.id, name, claimCount: 0 })]);
  });

  it("groups claims across articles, in time order, and flags the differing December 2012 figures", async () => {
    const { token } = await userWithToken("annotator");
    const t = await deathTolls(token);
    const cluster = (await api("/api/clusters", { method: "POST", token, json: { name: uniqueName("Death toll") } }))
      .data;

    for (const claim of [t.over260k, t.over40k, t.over30k]) {
      const res = await add(token, cluster.id, claim.id);
      expect(res.status, JSON.stringify(res.data)).toBe(201);
      expect(res.data).toEqual({ clusterId: cluster.id, claimId: claim.id, added: true });
    }
    const again = await add(token, cluster.id, t.over30k.id);
    expect(again.status).toBe(200);
    expect(again.data.added).toBe(false);

    const res = await api(`/api/clusters/${cluster.id}`, { token });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ id: cluster.id, claimCount: 3, tolerance: 0.1 });
    expect(res.data.claims.map((c: { id: string }) => c.id)).toEqual([t.over30k.id, t.over40k.id, t.over260k.id]);
    expect(res.data.claims[0]).toMatchObject({
      date: "2012-12-06T00:00:00.000Z",
      dateSource: "article",
      period: "2012-12",
      source: "Neon Tommy",
      article: { id: t.dec.id },
    });
    // "since March 2011" is when counting began, not when the figure held: the article's date is used.
    expect(res.data.claims[1]).toMatchObject({ period: "2012-12", dateSource: "article", source: "activists" });
    expect(res.data.claims[2]).toMatchObject({
      period: "2016-02",
      source: "AFP",
      value: 260000,
      qualifier: "more_than",
    });
    expect(res.data.conflicts).toEqual([
      { period: "2012-12", claimIds: [t.over30k.id, t.over40k.id], severity: "differing_figures", difference: 0.25 },
    ]);

    const listed = await api(`/api/clusters?q=${encodeURIComponent(cluster.name)}`, { token });
    expect(listed.data.items[0]).toMatchObject({ id: cluster.id, claimCount: 3 });
  });

  it("keeps a claim in one cluster, 422s an unknown claim, 404s an unknown cluster, and removes members", async () => {
    const { token, user } = await userWithToken("annotator");
    const other = await userWithToken("annotator");
    const t = await deathTolls(token);
    const first = (await api("/api/clusters", { method: "POST", token, json: { name: uniqueName("First") } })).data;
    const second = (
      await api("/api/clusters", { method: "POST", token: other.token, json: { name: uniqueName("Second") } })
    ).data;

    expect((await add(token, first.id, t.over30k.id)).status).toBe(201);
    const moved = await add(other.token, second.id, t.over30k.id);
    expect(moved.status).toBe(409);
    expect(moved.data).toMatchObject({
      error: { code: "conflict", message: expect.stringContaining(first.name) },
      clusterId: first.id,
    });

    const unknownClaim = await add(token, first.id, "no-such-claim");
    expect(unknownClaim.status).toBe(422);
    expect(unknownClaim.data.error.issues.map((i: { path: string }) => i.path)).toEqual(["claimId"]);
    expect((await api(`/api/clusters/${first.id}/claims`, { method: "POST", token, json: {} })).status).toBe(422);
    expect((await add(token, "no-such-cluster", t.over30k.id)).status).toBe(404);
    expect((await api("/api/clusters/no-such-cluster", { token })).status).toBe(404);

    // Any annotator may regroup: membership is not part of what the claim says.
    const removed = await api(`/api/clusters/${first.id}/claims/${t.over30k.id}`, {
      method: "DELETE",
      token: other.token,
    });
    expect(removed.status).toBe(200);
    expect((await api(`/api/clusters/${first.id}/claims/${t.over30k.id}`, { method: "DELETE", token })).status).toBe(
      404,
    );
    expect((await add(other.token, second.id, t.over30k.id)).status).toBe(201);
    expect((await api(`/api/clusters/${first.id}`, { token })).data).toMatchObject({
      claimCount: 0,
      claims: [],
      conflicts: [],
    });

    // Membership changes are on the claim's trail; refused ones left nothing.
    const trail = await testDb().auditEvent.findMany({
      where: { entityType: "claim", entityId: t.over30k.id, action: { startsWith: "claim.cluster_" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true, after: true },
    });
    expect(trail.map((e) => [e.action, e.actorId, JSON.parse(e.after ?? "null")])).toEqual([
      ["claim.cluster_add", user.id, { clusterId: first.id }],
      ["claim.cluster_remove", other.user.id, { clusterId: null }],
      ["claim.cluster_add", other.user.id, { clusterId: second.id }],
    ]);
    expect(
      await testDb().auditEvent.count({
        where: { entityType: "cluster", entityId: { in: [first.id, second.id] }, action: "cluster.create" },
      }),
    ).toBe(2);
  });
});
