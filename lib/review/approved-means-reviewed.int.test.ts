/**
 * Approved means reviewed (findings 10 and 11): what an approved claim says — its evidence, its
 * cluster — changes only by a reviewer; dismissing a suggestion is one person's and audited; an
 * admin who edits someone else's claim becomes its co-author and cannot approve it.
 */
import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { auditActionsOf, draftClaim, review, STORY, submit, submittedClaim } from "@/test/support/review";
import { newClaim } from "@/test/support/claims";
import { listRemovedBlocks } from "@/lib/articles/cleaning/list-removed-blocks";
import { restoreBlock } from "@/lib/articles/cleaning/restore-block";

async function approvedClaim() {
  const author = await userWithToken("annotator");
  const reviewer = await userWithToken("reviewer");
  const { article, claim } = await submittedClaim(author.token);
  const approved = await review(reviewer.token, claim.id, { decision: "approve", version: claim.version });
  expect(approved.status).toBe(200);
  return { author, reviewer, article, claim: approved.data.claim as { id: string; version: number } };
}

const source = (n: number) => ({ url: `https://example.org/source-${n}-${Date.now()}`, stance: "supports" });

describe("finding 10: an annotator cannot change what an approved claim says", () => {
  it("adding or removing evidence needs a reviewer; the claim stays approved at its version", async () => {
    const { author, reviewer, claim } = await approvedClaim();
    const stranger = await userWithToken("annotator");
    for (const who of [stranger, author]) {
      const res = await api(`/api/claims/${claim.id}/evidence`, { method: "POST", token: who.token, json: source(1) });
      expect(res.status).toBe(403);
      expect(res.data.error.message).toMatch(/approved claim needs a reviewer \(claims\.review\)/);
    }
    const other = await draftClaim(stranger.token, "More than one million Syrians");
    const incoming = await api(`/api/claims/${other.claim.id}/evidence`, {
      method: "POST",
      token: stranger.token,
      json: { targetClaimId: claim.id, stance: "supports" },
    });
    expect(incoming.status).toBe(403);
    expect(await testDb().evidence.count({ where: { OR: [{ claimId: claim.id }, { targetClaimId: claim.id }] } })).toBe(
      0,
    );

    const byReviewer = await api(`/api/claims/${claim.id}/evidence`, {
      method: "POST",
      token: reviewer.token,
      json: source(2),
    });
    expect(byReviewer.status).toBe(201);
    const removed = await api(`/api/evidence/${byReviewer.data.id}`, { method: "DELETE", token: author.token });
    expect(removed.status).toBe(403);
    const now = await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(now).toMatchObject({ status: "approved", version: claim.version });
    expect(await auditActionsOf(claim.id)).toContain("evidence.link");
  });

  it("moving an approved claim in or out of a cluster needs a reviewer", async () => {
    const { reviewer, claim } = await approvedClaim();
    const annotator = await userWithToken("annotator");
    const cluster = await api("/api/clusters", {
      method: "POST",
      token: annotator.token,
      json: { name: `Approved cluster ${Date.now()}-${Math.random()}` },
    });
    expect(cluster.status).toBe(201);
    const add = (token: string) =>
      api(`/api/clusters/${cluster.data.id}/claims`, { method: "POST", token, json: { claimId: claim.id } });
    expect((await add(annotator.token)).status).toBe(403);
    expect((await add(reviewer.token)).status).toBe(201);
    const remove = (token: string) =>
      api(`/api/clusters/${cluster.data.id}/claims/${claim.id}`, { method: "DELETE", token });
    expect((await remove(annotator.token)).status).toBe(403);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).clusterId).toBe(cluster.data.id);
    expect((await remove(reviewer.token)).status).toBe(200);
  });

  it("dismissing a suggestion hides it for the one who dismissed it only, with an audit event", async () => {
    const first = await userWithToken("annotator");
    const second = await userWithToken("annotator");
    const { article } = await draftClaim(first.token, "2.5 million are displaced");
    const before = await api(`/api/articles/${article.id}/suggestions`, { token: first.token });
    const target = (before.data.items as { start: number; end: number; exact: string }[]).find((s) =>
      s.exact.includes("one million"),
    )!;
    expect(target).toBeTruthy();
    const dismissed = await api(`/api/articles/${article.id}/suggestions/dismiss`, {
      method: "POST",
      token: first.token,
      json: { start: target.start, end: target.end, exact: target.exact },
    });
    expect(dismissed.status).toBe(200);
    const exacts = async (token: string) =>
      ((await api(`/api/articles/${article.id}/suggestions`, { token })).data.items as { exact: string }[]).map(
        (s) => s.exact,
      );
    expect(await exacts(first.token)).not.toContain(target.exact);
    expect(await exacts(second.token)).toContain(target.exact);
    const events = await testDb().auditEvent.findMany({
      where: { entityType: "article", entityId: article.id, action: "suggestion.dismiss" },
    });
    expect(events.map((e) => e.actorId)).toEqual([first.user.id]);
  });
});

describe("finding 11: an admin who edits someone else's claim cannot approve it alone", () => {
  it("becomes its co-author, may submit it, and is refused as its reviewer", async () => {
    const author = await userWithToken("annotator");
    const admin = await userWithToken("admin");
    const { claim } = await draftClaim(author.token);
    const edited = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: admin.token,
      json: { version: claim.version, note: "tightened by the admin" },
    });
    expect(edited.status).toBe(200);
    const submitted = await submit(admin.token, claim.id, edited.data.version);
    const decided = await review(admin.token, claim.id, { decision: "approve", version: submitted.version });
    expect(decided.status).toBe(403);
    expect(decided.data.error.message).toMatch(/co-author/);
    expect(await testDb().claimCoauthor.findMany({ where: { claimId: claim.id }, select: { userId: true } })).toEqual([
      { userId: admin.user.id },
    ]);
    const other = await userWithToken("reviewer");
    expect((await review(other.token, claim.id, { decision: "approve", version: submitted.version })).status).toBe(200);
  });
});

describe("finding 10: restoring removed text does not move an approved claim behind review's back", () => {
  it("an annotator's restore that would move it is refused, nothing written; a reviewer's moves it", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const created = await api("/api/articles", {
      method: "POST",
      token: author.token,
      json: { title: `Restore ${Date.now()}`, text: `Talks resumed in Geneva.\n\nShare this article\n\n${STORY}` },
    });
    expect(created.status).toBe(201);
    const article = (await api(`/api/articles/${created.data.id}`, { token: author.token })).data as {
      id: string;
      text: string;
      version: number;
    };
    const drafted = await newClaim(author.token, article, "over 30,000 people dead", {
      kind: "casualty",
      value: 30000,
      qualifier: "more_than",
    });
    const submitted = await submit(author.token, drafted.id, drafted.version);
    expect((await review(reviewer.token, drafted.id, { decision: "approve", version: submitted.version })).status).toBe(
      200,
    );
    const before = await testDb().claim.findUniqueOrThrow({ where: { id: drafted.id } });
    const { removed } = await listRemovedBlocks({ db: testDb(), articleId: article.id });
    const index = removed.find((r) => r.text === "Share this article")?.index ?? -1;

    const restore = (actor: { id: string; role: "annotator" | "reviewer" }) =>
      restoreBlock({ db: testDb(), actor, articleId: article.id, index, version: article.version });
    await expect(restore({ id: author.user.id, role: "annotator" })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/approved claim needs a reviewer/),
    });
    expect(await testDb().claim.findUniqueOrThrow({ where: { id: drafted.id } })).toMatchObject({
      start: before.start,
      version: before.version,
    });
    expect((await testDb().article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(article.version);

    const byReviewer = await restore({ id: reviewer.user.id, role: "reviewer" });
    expect(byReviewer.reanchored).toBe(1);
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: drafted.id } });
    expect(after.start).toBe(before.start + "Share this article\n\n".length);
    expect(after.status).toBe("approved");
  });
});
