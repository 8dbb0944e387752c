/**
 * One-click merge of an author's duplicates: the copy's fields fill what the kept claim leaves
 * empty, its evidence links move both ways unless the kept claim has them, the copy is deleted
 * and the audit trail says so; bad input is a 4xx, and only the author or a manager may merge.
 */
import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { newArticle, newClaim } from "@/test/support/claims";
import { mergeFields } from "./merge-claims";

const STORY = "Officials said over 30,000 people dead were counted after the floods, the ministry reported.";
const PHRASE = "over 30,000 people dead";

/** A second claim on the claim's exact span, as the API refuses to make now: straight to the database. */
async function copyOf(id: string, changes: Record<string, unknown> = {}) {
  const stored = await testDb().claim.findUniqueOrThrow({ where: { id } });
  const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = stored;
  return testDb().claim.create({ data: { ...copy, ...changes, createdAt: new Date(Date.now() + 1000) } });
}

describe("merging a duplicate into the claim kept", () => {
  it("moves the copy's fields and links the kept claim lacks, keeps its own, deletes the copy, audits both", async () => {
    const a = await userWithToken("annotator");
    const article = await newArticle(a.token, STORY);
    const kept = await newClaim(a.token, article, PHRASE, { kind: "casualty", value: 30000, qualifier: "more_than" });
    const other = await newClaim(a.token, article, "Officials said", { kind: "attribution" });
    const third = await newClaim(a.token, article, "the ministry reported", { kind: "attribution" });
    const copy = await copyOf(kept.id, { note: "Counted by the ministry", value: 31000, timeRef: "after the floods" });

    // The copy cites a source and `other`; `third` cites the copy; the kept claim already cites `other`.
    const link = (from: string, json: Record<string, unknown>) =>
      api(`/api/claims/${from}/evidence`, { method: "POST", token: a.token, json });
    expect((await link(kept.id, { targetClaimId: other.id, stance: "supports" })).status).toBe(201);
    expect((await link(copy.id, { targetClaimId: other.id, stance: "refutes" })).status).toBe(201);
    expect((await link(copy.id, { url: "https://stats.example.org/floods", stance: "supports" })).status).toBe(201);
    expect((await link(third.id, { targetClaimId: copy.id, stance: "context" })).status).toBe(201);

    const res = await api(`/api/claims/${kept.id}/merge`, {
      method: "POST",
      token: a.token,
      json: { duplicateId: copy.id, version: kept.version, duplicateVersion: copy.version },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(res.data).toMatchObject({
      merged: copy.id,
      moved: { fields: ["time", "note"], evidence: 2 },
      kept: { fields: ["figure"], evidence: 1 },
      claim: { id: kept.id, version: kept.version + 1, value: 30000, note: "Counted by the ministry" },
    });

    expect(await testDb().claim.findUnique({ where: { id: copy.id } })).toBeNull();
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: kept.id } });
    expect(after).toMatchObject({ timeRef: "after the floods", value: 30000, qualifier: "more_than" });
    const links = await testDb().evidence.findMany({
      where: { OR: [{ claimId: kept.id }, { targetClaimId: kept.id }] },
      select: { claimId: true, targetClaimId: true, url: true, stance: true },
    });
    expect(links).toHaveLength(3);
    expect(links).toContainEqual({ claimId: kept.id, targetClaimId: other.id, url: null, stance: "supports" });
    expect(links).toContainEqual(
      expect.objectContaining({ claimId: kept.id, url: "https://stats.example.org/floods", stance: "supports" }),
    );
    expect(links).toContainEqual({ claimId: third.id, targetClaimId: kept.id, url: null, stance: "context" });

    const audit = await testDb().auditEvent.findMany({
      where: {
        entityType: "claim",
        entityId: { in: [kept.id, copy.id] },
        action: { in: ["claim.merge", "claim.delete"] },
      },
      select: { action: true, entityId: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "claim.merge", entityId: kept.id },
        { action: "claim.delete", entityId: copy.id },
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it("answers 4xx for bad input, other people, stale versions and claims that are not duplicates", async () => {
    const a = await userWithToken("annotator");
    const b = await userWithToken("annotator");
    const admin = await userWithToken("admin");
    const article = await newArticle(a.token, STORY);
    const kept = await newClaim(a.token, article, PHRASE);
    const elsewhere = await newClaim(a.token, article, "Officials said", { kind: "attribution" });
    const theirs = await newClaim(b.token, article, PHRASE);
    const copy = await copyOf(kept.id);
    const merge = (token: string, id: string, json: unknown) =>
      api(`/api/claims/${id}/merge`, { method: "POST", token, json });
    const valid = { duplicateId: copy.id, version: kept.version, duplicateVersion: copy.version };

    expect((await merge(a.token, kept.id, {})).status).toBe(422);
    expect((await merge(a.token, kept.id, { ...valid, version: "1" })).status).toBe(422);
    expect((await merge(a.token, kept.id, { ...valid, duplicateId: "" })).status).toBe(422);
    expect((await merge(a.token, kept.id, { ...valid, duplicateId: kept.id })).status).toBe(422);
    expect((await merge(a.token, kept.id, { ...valid, duplicateId: elsewhere.id })).status).toBe(422);
    expect((await merge(a.token, kept.id, { ...valid, duplicateId: theirs.id })).status).toBe(422);
    expect((await merge(a.token, kept.id, { ...valid, duplicateId: "no-such-claim" })).status).toBe(404);
    expect((await merge(b.token, kept.id, valid)).status).toBe(403);
    expect((await merge(a.token, kept.id, { ...valid, duplicateVersion: copy.version + 1 })).status).toBe(409);
    expect(await testDb().claim.findUnique({ where: { id: copy.id } })).not.toBeNull();

    // A manager (here an admin, who manages every project) may merge the author's duplicates.
    const res = await merge(admin.token, kept.id, valid);
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(await testDb().claim.findUnique({ where: { id: copy.id } })).toBeNull();
    // Again: the copy is gone.
    expect((await merge(a.token, kept.id, { ...valid, version: kept.version + 1 })).status).toBe(404);
  });

  it("moves a field group only into an empty one, and kind-bound groups only between claims of one kind", () => {
    const blank = {
      kind: "quantity",
      value: null,
      qualifier: null,
      valueMax: null,
      unit: null,
      timeRef: null,
      attributedTo: null,
      authorType: null,
      statement: null,
      note: null,
      verdict: null,
      justification: null,
      clusterId: null,
    };
    const filled = { ...blank, value: 5, qualifier: "exact", note: "n", verdict: "supported", justification: "j" };
    expect(mergeFields(blank, filled)).toEqual({
      data: {
        value: 5,
        qualifier: "exact",
        valueMax: null,
        unit: null,
        note: "n",
        verdict: "supported",
        justification: "j",
      },
      moved: ["figure", "note", "verdict"],
      conflicts: [],
    });
    expect(mergeFields({ ...blank, kind: "event" }, filled)).toEqual({
      data: { note: "n", verdict: "supported", justification: "j" },
      moved: ["note", "verdict"],
      conflicts: ["kind"],
    });
    expect(mergeFields(filled, { ...filled, note: "other" })).toEqual({ data: {}, moved: [], conflicts: ["note"] });
    expect(mergeFields(filled, filled)).toEqual({ data: {}, moved: [], conflicts: [] });
  });
});
