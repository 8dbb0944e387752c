import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { newClaim } from "@/test/support/claims";
import { datedArticle, deathTolls } from "../../test/support/evidence";

const link = (token: string, claimId: string, json: unknown) =>
  api(`/api/claims/${claimId}/evidence`, { method: "POST", token, json });
const issuePaths = (res: { data: Record<string, any> }) =>
  (res.data.error.issues as { path: string }[]).map((i) => i.path);

describe("evidence API: links", () => {
  it("links a claim to another claim and to a URL, and lists both directions on both claims", async () => {
    const { token, user } = await userWithToken("annotator");
    const t = await deathTolls(token);

    const toClaim = await link(token, t.over30k.id, {
      targetClaimId: t.over260k.id,
      stance: "context",
      note: " Later toll ",
    });
    expect(toClaim.status, JSON.stringify(toClaim.data)).toBe(201);
    expect(toClaim.headers.get("location")).toBe(`/api/evidence/${toClaim.data.id}`);
    expect(toClaim.data).toMatchObject({
      direction: "outgoing",
      claimId: t.over30k.id,
      targetClaimId: t.over260k.id,
      stance: "context",
      note: "Later toll",
      url: null,
      createdBy: { id: user.id, name: user.name },
      linkedClaim: {
        id: t.over260k.id,
        exact: "More than 260,000 people have been killed",
        value: 260000,
        article: { id: t.feb.id, publisher: "AFP", publishedAt: "2016-02-11T00:00:00.000Z" },
      },
    });

    const toUrl = await link(token, t.over30k.id, {
      url: "https://www.example.org/syria/toll",
      title: "Syria death toll tops 30,000",
      publisher: "Example Wire",
      publishedAt: "2012-12-05",
      quote: "more than 30,000 people have died",
      stance: "supports",
    });
    expect(toUrl.status, JSON.stringify(toUrl.data)).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    expect(toUrl.data).toMatchObject({
      direction: "outgoing",
      targetClaimId: null,
      linkedClaim: null,
      publishedAt: "2012-12-05T00:00:00.000Z",
      stance: "supports",
    });
    expect(toUrl.data.accessedAt).toBe(`${today}T00:00:00.000Z`);

    const fromSource = await api(`/api/claims/${t.over30k.id}/evidence`, { token });
    expect(fromSource.status).toBe(200);
    expect(fromSource.data.outgoing.map((l: { id: string }) => l.id)).toEqual([toClaim.data.id, toUrl.data.id]);
    expect(fromSource.data.incoming).toEqual([]);

    const fromTarget = await api(`/api/claims/${t.over260k.id}/evidence`, { token });
    expect(fromTarget.data.outgoing).toEqual([]);
    expect(fromTarget.data.incoming).toHaveLength(1);
    expect(fromTarget.data.incoming[0]).toMatchObject({
      id: toClaim.data.id,
      direction: "incoming",
      stance: "context",
      linkedClaim: { id: t.over30k.id, exact: "over 30,000 people dead" },
    });
  });

  it("refuses bad links with 422, duplicates with 409 and unknown claims with 404", async () => {
    const { token } = await userWithToken("annotator");
    const t = await deathTolls(token);
    const cases: [unknown, string[]][] = [
      [{ url: "not a url", stance: "supports" }, ["url"]],
      [{ url: "javascript:alert(1)", stance: "supports" }, ["url"]],
      [{ targetClaimId: t.over30k.id, stance: "supports" }, ["targetClaimId"]],
      [{ targetClaimId: "no-such-claim", stance: "supports" }, ["targetClaimId"]],
      [{ targetClaimId: t.over40k.id }, ["stance"]],
      [{ targetClaimId: t.over40k.id, stance: "agrees" }, ["stance"]],
      [{ stance: "supports" }, ["targetClaimId"]],
      [{ targetClaimId: t.over40k.id, url: "https://example.org", stance: "supports" }, ["url"]],
      [{ targetClaimId: t.over40k.id, quote: "x", stance: "supports" }, ["quote"]],
      [{ url: "https://example.org", publishedAt: "yesterday", stance: "supports" }, ["publishedAt"]],
    ];
    for (const [body, paths] of cases) {
      const res = await link(token, t.over30k.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.data.error.code).toBe("validation_failed");
      expect(issuePaths(res), JSON.stringify(body)).toEqual(paths);
    }
    expect(
      (await link(token, t.over30k.id, { targetClaimId: t.over30k.id, stance: "supports" })).data.error.message,
    ).toMatch(/cannot be the claim itself/);

    expect((await link(token, t.over30k.id, { targetClaimId: t.over40k.id, stance: "refutes" })).status).toBe(201);
    const again = await link(token, t.over30k.id, { targetClaimId: t.over40k.id, stance: "supports" });
    expect(again.status).toBe(409);
    expect(again.data.error.code).toBe("conflict");
    expect((await link(token, t.over40k.id, { targetClaimId: t.over30k.id, stance: "refutes" })).status).toBe(409);

    expect((await link(token, t.over30k.id, { url: "https://Example.org", stance: "context" })).status).toBe(201);
    expect((await link(token, t.over30k.id, { url: "https://example.org/", stance: "supports" })).status).toBe(409);
    // The same source on another claim is a different link.
    expect((await link(token, t.over40k.id, { url: "https://example.org/", stance: "supports" })).status).toBe(201);

    const unknown = await link(token, "no-such-claim", { targetClaimId: t.over30k.id, stance: "supports" });
    expect(unknown.status).toBe(404);
    expect((await api("/api/claims/no-such-claim/evidence", { token })).status).toBe(404);
    expect((await api("/api/claims/no-such-claim/evidence/suggestions", { token })).status).toBe(404);
    expect((await api("/api/evidence/no-such-link", { method: "DELETE", token })).status).toBe(404);
  });
});

describe("evidence API: permissions", () => {
  it("answers 401 to anonymous callers on every evidence and cluster route", async () => {
    const checks = [
      api("/api/claims/x/evidence"),
      api("/api/claims/x/evidence", { method: "POST", json: { targetClaimId: "y", stance: "supports" } }),
      api("/api/claims/x/evidence/suggestions"),
      api("/api/evidence/x", { method: "DELETE" }),
      api("/api/clusters"),
      api("/api/clusters", { method: "POST", json: { name: "x" } }),
      api("/api/clusters/x"),
      api("/api/clusters/x/claims", { method: "POST", json: { claimId: "y" } }),
      api("/api/clusters/x/claims/y", { method: "DELETE" }),
    ];
    for (const res of await Promise.all(checks)) {
      expect(res.status).toBe(401);
      expect(res.data.error.code).toBe("unauthenticated");
    }
  });

  it("lets only the link's creator or an admin delete it; anyone may link and read", async () => {
    const alice = await userWithToken("annotator");
    const bob = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const admin = await userWithToken("admin");
    const t = await deathTolls(alice.token);

    // Bob links Alice's claims: linking needs claims.write, not authorship.
    const bobs = await link(bob.token, t.over30k.id, { targetClaimId: t.over260k.id, stance: "context" });
    expect(bobs.status).toBe(201);
    const alices = await link(alice.token, t.over30k.id, { url: "https://example.org/toll", stance: "supports" });
    expect((await api(`/api/claims/${t.over30k.id}/evidence`, { token: reviewer.token })).data.outgoing).toHaveLength(
      2,
    );

    const forbidden = await api(`/api/evidence/${bobs.data.id}`, { method: "DELETE", token: alice.token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.data.error).toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/creator|made this link/),
    });
    expect((await api(`/api/evidence/${alices.data.id}`, { method: "DELETE", token: reviewer.token })).status).toBe(
      403,
    );

    const own = await api(`/api/evidence/${bobs.data.id}`, { method: "DELETE", token: bob.token });
    expect(own.status).toBe(200);
    expect(own.data).toEqual({ id: bobs.data.id, deleted: true });
    expect((await api(`/api/evidence/${alices.data.id}`, { method: "DELETE", token: admin.token })).status).toBe(200);
    const after = await api(`/api/claims/${t.over30k.id}/evidence`, { token: alice.token });
    expect(after.data).toEqual({ outgoing: [], incoming: [] });

    // Every link and unlink is in the claim's audit trail, with who did it.
    const trail = await testDb().auditEvent.findMany({
      where: { entityType: "claim", entityId: t.over30k.id, action: { startsWith: "evidence." } },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ["evidence.link", bob.user.id],
      ["evidence.link", alice.user.id],
      ["evidence.unlink", bob.user.id],
      ["evidence.unlink", admin.user.id],
    ]);
    expect(JSON.parse(trail[0]?.after ?? "{}")).toMatchObject({
      id: bobs.data.id,
      targetClaimId: t.over260k.id,
      stance: "context",
    });
    expect(JSON.parse(trail[3]?.before ?? "{}")).toMatchObject({ id: alices.data.id, url: "https://example.org/toll" });
    expect((await api(`/api/claims/${t.over260k.id}/evidence`, { token: alice.token })).data.incoming).toEqual([]);
  });
});

describe("evidence API: suggestions", () => {
  it("suggests claims about the same fact, best first, and drops ones already linked", async () => {
    const { token } = await userWithToken("annotator");
    // Figures no other test uses, so the shared database's other claims cannot crowd the top ten.
    const y2019 = await datedArticle(
      token,
      "Fires burned over 7,310,000 hectares of forest. Officials counted 12 new rangers.",
      {
        title: "Fire season",
        publisher: "Forest Wire",
        publishedAt: "2019-09-02",
      },
    );
    const y2020 = await datedArticle(
      token,
      "Satellites show more than 9,050,000 hectares of forest burned this year.",
      {
        title: "Fire season review",
        publisher: "Sky Monitor",
        publishedAt: "2020-01-20",
      },
    );
    const burned = await newClaim(token, y2019, "over 7,310,000 hectares of forest", {
      value: 7310000,
      qualifier: "more_than",
      unit: "hectares",
    });
    const rangers = await newClaim(token, y2019, "12 new rangers", { kind: "other", value: 12, unit: "rangers" });
    const later = await newClaim(token, y2020, "more than 9,050,000 hectares of forest burned", {
      value: 9050000,
      qualifier: "more_than",
      unit: "hectares",
    });

    const res = await api(`/api/claims/${burned.id}/evidence/suggestions`, { token });
    expect(res.status).toBe(200);
    const ids = res.data.items.map((s: { claim: { id: string } }) => s.claim.id);
    expect(ids[0]).toBe(later.id);
    expect(ids).not.toContain(rangers.id);
    expect(ids).not.toContain(burned.id);
    expect(res.data.items[0]).toMatchObject({
      score: expect.any(Number),
      reasons: ["same kind", "similar wording (“hectare”, “forest”)", "close value (within 24%)", "4 months apart"],
      claim: { id: later.id, article: { id: y2020.id, publisher: "Sky Monitor" } },
    });

    await link(token, later.id, { targetClaimId: burned.id, stance: "supports" });
    const after = await api(`/api/claims/${burned.id}/evidence/suggestions`, { token });
    expect(after.data.items.map((s: { claim: { id: string } }) => s.claim.id)).not.toContain(later.id);
  });
});

describe("PATCH /api/claims/{id}: verdict", () => {
  it("records a verdict with its justification, refuses one without, and clears it", async () => {
    const { token } = await userWithToken("annotator");
    const t = await deathTolls(token);
    const bare = await api(`/api/claims/${t.over30k.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, verdict: "supported" },
    });
    expect(bare.status).toBe(422);
    expect(issuePaths(bare)).toEqual(["justification"]);
    const wrong = await api(`/api/claims/${t.over30k.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, verdict: "true", justification: "x" },
    });
    expect(wrong.status).toBe(422);
    expect(issuePaths(wrong)).toEqual(["verdict"]);

    const set = await api(`/api/claims/${t.over30k.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, verdict: "conflicting", justification: "  Activists count 40,000.  " },
    });
    expect(set.status, JSON.stringify(set.data)).toBe(200);
    expect(set.data).toMatchObject({ verdict: "conflicting", justification: "Activists count 40,000.", version: 2 });
    expect((await api(`/api/claims/${t.over30k.id}`, { token })).data).toMatchObject({
      verdict: "conflicting",
      justification: "Activists count 40,000.",
    });

    // Clearing the justification alone would leave a verdict without reasons.
    expect(
      (await api(`/api/claims/${t.over30k.id}`, { method: "PATCH", token, json: { version: 2, justification: "" } }))
        .status,
    ).toBe(422);
    const cleared = await api(`/api/claims/${t.over30k.id}`, {
      method: "PATCH",
      token,
      json: { version: 2, verdict: null, justification: null },
    });
    expect(cleared.data).toMatchObject({ verdict: null, justification: null, version: 3 });

    const other = await userWithToken("annotator");
    expect(
      (
        await api(`/api/claims/${t.over30k.id}`, {
          method: "PATCH",
          token: other.token,
          json: { version: 3, verdict: "refuted", justification: "No." },
        })
      ).status,
    ).toBe(403);
  });
});
