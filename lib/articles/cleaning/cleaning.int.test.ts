import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { claimOn, paragraph, token } from "@/test/support/import-texts";

/**
 * An article whose cleaning removed a share line between two paragraphs and a repeated
 * paragraph at the end. Its canonical text is "A\n\nB" (plus the headline).
 */
async function articleWithRemovedBlocks(auth: string) {
  const title = `Cleaning ${token()}`;
  const [a, b] = [paragraph(3), paragraph(3)];
  const created = await api("/api/articles", {
    method: "POST",
    token: auth,
    json: { title, text: `${title}\n\n${a}\n\nShare this article\n\n${b}\n\n${a}` },
  });
  expect(created.status).toBe(201);
  const read = await api(`/api/articles/${created.data.id}`, { token: auth });
  expect(read.data.text).toBe(`${title}\n\n${a}\n\n${b}`);
  return { id: created.data.id as string, text: read.data.text as string, title, a, b };
}

describe("removed by cleaning: view and restore", () => {
  it("lists what cleaning removed, with indices, reasons and the version to send", async () => {
    const { token: auth } = await userWithToken("annotator");
    const article = await articleWithRemovedBlocks(auth);
    const res = await api(`/api/articles/${article.id}/cleaning`, { token: auth });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      articleId: article.id,
      version: 1,
      rawFormat: "text",
      removed: [
        { index: 2, text: "Share this article", reason: "boilerplate" },
        { index: 4, text: article.a, reason: "duplicate-block" },
      ],
    });
    expect((await api("/api/articles/nope/cleaning", { token: auth })).status).toBe(404);
    expect((await api(`/api/articles/${article.id}/cleaning`)).status).toBe(401);
  });

  it("restores a block at its place, moves the claims after it, and orphans a claim whose quote it splits", async () => {
    const { token: auth, user } = await userWithToken("annotator");
    const article = await articleWithRemovedBlocks(auth);
    // Before the restored block: stays put. After it: moves. Across the gap it lands in: orphaned.
    const beforeQuote = article.a.slice(0, 30);
    const afterQuote = article.b.slice(10, 50);
    const acrossQuote = `${article.a.slice(-25)}\n\n${article.b.slice(0, 12)}`;
    const before = await claimOn(auth, user.id, article, beforeQuote);
    const after = await claimOn(auth, user.id, article, afterQuote);
    const across = await claimOn(auth, user.id, article, acrossQuote);

    const stale = await api(`/api/articles/${article.id}/cleaning/restore`, {
      method: "POST",
      token: auth,
      json: { index: 2, version: 7 },
    });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toEqual({ version: 1 });

    const res = await api(`/api/articles/${article.id}/cleaning/restore`, {
      method: "POST",
      token: auth,
      json: { index: 2, version: 1 },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    const newText = `${article.title}\n\n${article.a}\n\nShare this article\n\n${article.b}`;
    expect(res.data.article).toMatchObject({ id: article.id, version: 2, text: newText });
    expect(res.data.reanchored).toBe(1);
    expect(res.data.orphans).toEqual([
      {
        id: across,
        exact: acrossQuote,
        start: article.text.indexOf(acrossQuote),
        end: article.text.indexOf(acrossQuote) + acrossQuote.length,
        reason: expect.stringMatching(/not-found|low-similarity/),
      },
    ]);

    const claims = await testDb().claim.findMany({
      where: { articleId: article.id },
      select: { id: true, start: true, end: true, exact: true, anchorStatus: true },
    });
    const byId = new Map(claims.map((c) => [c.id, c]));
    expect(claims).toHaveLength(3);
    expect(byId.get(before)).toMatchObject({
      start: newText.indexOf(beforeQuote),
      exact: beforeQuote,
      anchorStatus: "anchored",
    });
    expect(byId.get(after)).toMatchObject({
      start: newText.indexOf(afterQuote),
      end: newText.indexOf(afterQuote) + afterQuote.length,
      exact: afterQuote,
      anchorStatus: "anchored",
    });
    // Never deleted: the orphan keeps its old selectors for a human to re-place.
    expect(byId.get(across)).toMatchObject({ exact: acrossQuote, anchorStatus: "orphan" });

    const view = await api(`/api/articles/${article.id}/cleaning`, { token: auth });
    expect(view.data.version).toBe(2);
    expect(view.data.removed.map((r: { index: number }) => r.index)).toEqual([4]);
    const read = await api(`/api/articles/${article.id}`, { token: auth });
    expect(read.data.text).toBe(newText);
    expect(read.data.wordCount).toBe(res.data.article.wordCount);

    // The old version is now stale, and the block is no longer in the list.
    expect(
      (
        await api(`/api/articles/${article.id}/cleaning/restore`, {
          method: "POST",
          token: auth,
          json: { index: 4, version: 1 },
        })
      ).status,
    ).toBe(409);
    const gone = await api(`/api/articles/${article.id}/cleaning/restore`, {
      method: "POST",
      token: auth,
      json: { index: 2, version: 2 },
    });
    expect(gone.status).toBe(422);
    expect(gone.data.error.issues[0].path).toBe("index");

    // Restoring the repeated paragraph at the end: the claim on its first copy stays where it is.
    const last = await api(`/api/articles/${article.id}/cleaning/restore`, {
      method: "POST",
      token: auth,
      json: { index: 4, version: 2 },
    });
    expect(last.status).toBe(200);
    expect(last.data.article.text).toBe(`${newText}\n\n${article.a}`);
    // The orphan stays an orphan (and is listed again); nothing moved.
    expect(last.data.reanchored).toBe(0);
    expect(last.data.orphans.map((o: { id: string }) => o.id)).toEqual([across]);
    expect(await testDb().claim.findUnique({ where: { id: before }, select: { start: true } })).toEqual({
      start: newText.indexOf(beforeQuote),
    });

    // The trail: the import, both restores by this annotator, the moved claim and the orphan.
    const events = await testDb().auditEvent.findMany({
      where: {
        OR: [
          { entityType: "article", entityId: article.id },
          { entityType: "claim", entityId: { in: [before, after, across] }, action: "claim.reanchor" },
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, entityId: true, actorId: true, after: true },
    });
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ["article.import", article.id],
      ["claim.reanchor", after],
      ["claim.reanchor", across],
      ["article.restore_block", article.id],
      ["article.restore_block", article.id],
    ]);
    expect(events.every((e) => e.actorId === user.id)).toBe(true);
    expect(JSON.parse(events[1]?.after ?? "{}")).toMatchObject({
      start: newText.indexOf(afterQuote),
      exact: afterQuote,
      anchorStatus: "anchored",
    });
    expect(JSON.parse(events[2]?.after ?? "{}")).toEqual({ anchorStatus: "orphan" });
    expect(JSON.parse(events[3]?.after ?? "{}")).toMatchObject({
      version: 2,
      restoredIndex: 2,
      reanchored: 1,
      orphaned: 1,
    });
  });

  it("restores before any claim exists at no cost, and validates the body", async () => {
    const { token: auth } = await userWithToken("annotator");
    const article = await articleWithRemovedBlocks(auth);
    const ok = await api(`/api/articles/${article.id}/cleaning/restore`, {
      method: "POST",
      token: auth,
      json: { index: 4, version: 1 },
    });
    expect(ok.data).toMatchObject({ reanchored: 0, orphans: [] });
    const bad = await api(`/api/articles/${article.id}/cleaning/restore`, {
      method: "POST",
      token: auth,
      json: { index: -1, version: "x" },
    });
    expect(bad.status).toBe(422);
    expect(bad.data.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["index", "version"]);
    expect(
      (
        await api("/api/articles/nope/cleaning/restore", {
          method: "POST",
          token: auth,
          json: { index: 0, version: 1 },
        })
      ).status,
    ).toBe(404);
  });
});
