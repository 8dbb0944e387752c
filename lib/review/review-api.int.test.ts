import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { newClaim } from "@/test/support/claims";
import { auditActionsOf, draftClaim, review, submit, submittedClaim } from "../../test/support/review";

describe("review API: submit", () => {
  it("submits a draft with its version, and refuses a stale version or a second submit (409 with current)", async () => {
    const author = await userWithToken("annotator");
    const { claim } = await draftClaim(author.token);
    const stale = await api(`/api/claims/${claim.id}/submit`, {
      method: "POST",
      token: author.token,
      json: { version: claim.version + 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toMatchObject({ id: claim.id, status: "draft", version: claim.version });

    const res = await api(`/api/claims/${claim.id}/submit`, {
      method: "POST",
      token: author.token,
      json: { version: claim.version },
    });
    expect(res.status).toBe(200);
    expect(res.data.claim).toMatchObject({
      id: claim.id,
      status: "submitted",
      version: claim.version + 1,
      submittedAt: expect.stringMatching(/^\d{4}-/),
      reviewer: null,
    });

    const again = await api(`/api/claims/${claim.id}/submit`, {
      method: "POST",
      token: author.token,
      json: { version: claim.version + 1 },
    });
    expect(again.status).toBe(409);
    expect(again.data.current.status).toBe("submitted");
    const missing = await api(`/api/claims/${claim.id}/submit`, { method: "POST", token: author.token, json: {} });
    expect(missing.status).toBe(422);
    expect(missing.data.error.issues[0].path).toBe("version");
  });

  it("lets only the author (or an admin) submit", async () => {
    const author = await userWithToken("annotator");
    const other = await userWithToken("annotator");
    const admin = await userWithToken("admin");
    const { claim } = await draftClaim(author.token);
    expect(
      (await api(`/api/claims/${claim.id}/submit`, { method: "POST", token: other.token, json: { version: 1 } }))
        .status,
    ).toBe(403);
    expect(
      (await api(`/api/claims/${claim.id}/submit`, { method: "POST", token: admin.token, json: { version: 1 } }))
        .status,
    ).toBe(200);
    expect(
      (await api("/api/claims/no-such-claim/submit", { method: "POST", token: author.token, json: { version: 1 } }))
        .status,
    ).toBe(404);
  });

  it("submits all of the caller's drafts and changes-requested claims on an article in one go", async () => {
    const author = await userWithToken("annotator");
    const other = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { article, claim: first } = await draftClaim(author.token);
    const second = await newClaim(author.token, article, "More than one million Syrians");
    const third = await newClaim(author.token, article, "2.5 million");
    // One goes through a round of review and comes back with changes requested.
    const sent = await submit(author.token, third.id, 1);
    expect(
      (
        await review(reviewer.token, sent.id, {
          decision: "request_changes",
          comment: "Which date?",
          version: sent.version,
        })
      ).status,
    ).toBe(200);
    const othersDraft = await newClaim(other.token, article, "Geneva", { kind: "event" });

    const res = await api(`/api/articles/${article.id}/submit-all`, { method: "POST", token: author.token });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ articleId: article.id, submitted: 3, skipped: 0 });
    expect(res.data.claims.map((c: { id: string }) => c.id).sort()).toEqual([first.id, second.id, third.id].sort());
    const rows = await testDb().claim.findMany({
      where: { articleId: article.id },
      select: { id: true, status: true },
    });
    const status = new Map(rows.map((r) => [r.id, r.status]));
    expect(status.get(first.id)).toBe("submitted");
    expect(status.get(third.id)).toBe("submitted");
    expect(status.get(othersDraft.id)).toBe("draft");
    expect(await auditActionsOf(third.id)).toEqual([
      "claim.create",
      "claim.submit",
      "claim.request_changes",
      "claim.submit",
    ]);

    const nothing = await api(`/api/articles/${article.id}/submit-all`, { method: "POST", token: author.token });
    expect(nothing.data).toMatchObject({ submitted: 0, skipped: 0, claims: [] });
    expect(
      (await api("/api/articles/no-such-article/submit-all", { method: "POST", token: author.token })).status,
    ).toBe(404);
  });
});

describe("review API: decisions", () => {
  it("approves, locks the claim, and records decision, reviewer and time", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    const res = await review(reviewer.token, claim.id, { decision: "approve", version: claim.version });
    expect(res.status).toBe(200);
    expect(res.data.claim).toMatchObject({
      status: "approved",
      version: claim.version + 1,
      reviewer: { id: reviewer.user.id, name: reviewer.user.name },
      approvedAt: expect.any(String),
    });
    expect(res.data.decision).toMatchObject({ decision: "approve", comment: null, reviewer: { id: reviewer.user.id } });

    const edit = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: author.token,
      json: { version: claim.version + 1, note: "late" },
    });
    expect(edit.status).toBe(409);
    expect(edit.data.error.message).toContain('locked in status "approved"');
    const decisions = await testDb().reviewDecision.findMany({ where: { claimId: claim.id } });
    expect(decisions).toHaveLength(1);
  });

  it("keeps four eyes: a reviewer deciding on their own claim gets 403, an annotator calling review gets 403", async () => {
    const reviewer = await userWithToken("reviewer");
    const admin = await userWithToken("admin");
    const own = await submittedClaim(reviewer.token);
    const self = await review(reviewer.token, own.claim.id, { decision: "approve", version: own.claim.version });
    expect(self.status).toBe(403);
    expect(self.data.error.message).toMatch(/Four eyes/);
    const ownAdmin = await submittedClaim(admin.token);
    expect(
      (await review(admin.token, ownAdmin.claim.id, { decision: "approve", version: ownAdmin.claim.version })).status,
    ).toBe(403);

    const annotator = await userWithToken("annotator");
    const byAnnotator = await review(annotator.token, own.claim.id, {
      decision: "approve",
      version: own.claim.version,
    });
    expect(byAnnotator.status).toBe(403);
    expect(byAnnotator.data.error.message).toMatch(/claims\.review/);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: own.claim.id } })).status).toBe("submitted");
  });

  it("needs a comment to reject or request changes (422), and checks the decision value", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    for (const decision of ["reject", "request_changes"]) {
      const res = await review(reviewer.token, claim.id, { decision, version: claim.version, comment: "  " });
      expect(res.status).toBe(422);
      expect(res.data.error.issues.map((i: { path: string }) => i.path)).toEqual(["comment"]);
    }
    const bad = await review(reviewer.token, claim.id, { decision: "maybe", version: claim.version });
    expect(bad.status).toBe(422);
    expect(bad.data.error.issues[0].path).toBe("decision");
    const rejected = await review(reviewer.token, claim.id, {
      decision: "reject",
      version: claim.version,
      comment: "Not a factual claim",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.data.decision).toMatchObject({ decision: "reject", comment: "Not a factual claim" });
    expect(rejected.data.claim.status).toBe("rejected");
  });

  it("answers 409 with the current claim when the version is stale or the claim was decided", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const other = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    const stale = await review(reviewer.token, claim.id, { decision: "approve", version: claim.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toMatchObject({ id: claim.id, status: "submitted", version: claim.version });
    expect((await review(other.token, claim.id, { decision: "approve", version: claim.version })).status).toBe(200);
    const late = await review(reviewer.token, claim.id, { decision: "reject", comment: "no", version: claim.version });
    expect(late.status).toBe(409);
    expect(late.data.current).toMatchObject({ status: "approved", reviewer: { id: other.user.id } });
  });

  it("lets exactly one of two concurrent decisions win (one 200, one 409), every time", async () => {
    const author = await userWithToken("annotator");
    const first = await userWithToken("reviewer");
    const second = await userWithToken("reviewer");
    for (let round = 0; round < 5; round++) {
      const { claim } = await submittedClaim(author.token);
      const [a, b] = await Promise.all([
        review(first.token, claim.id, { decision: "approve", version: claim.version }),
        review(second.token, claim.id, {
          decision: "request_changes",
          comment: "Check the source",
          version: claim.version,
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(loser.data.current).toMatchObject({ version: claim.version + 1, status: winner.data.claim.status });
      const decisions = await testDb().reviewDecision.count({ where: { claimId: claim.id } });
      expect(decisions).toBe(1);
      const decidedEvents = (await auditActionsOf(claim.id)).filter(
        (x) => x === "claim.approve" || x === "claim.request_changes",
      );
      expect(decidedEvents).toHaveLength(1);
    }
  });
});

describe("review API: the round trip and reopening", () => {
  it("sends back, lets the author fix and resubmit, approves, reopens with a reason; history shows every step", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);

    const back = await review(reviewer.token, claim.id, {
      decision: "request_changes",
      comment: "Say who counted the dead",
      version: claim.version,
    });
    expect(back.data.claim.status).toBe("changes_requested");
    const fixed = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: author.token,
      json: { version: back.data.claim.version, attributedTo: "activists" },
    });
    expect(fixed.status).toBe(200);
    const resubmitted = await submit(author.token, claim.id, fixed.data.version);
    const approved = await review(reviewer.token, claim.id, { decision: "approve", version: resubmitted.version });
    expect(approved.status).toBe(200);

    const noReason = await api(`/api/claims/${claim.id}/reopen`, {
      method: "POST",
      token: reviewer.token,
      json: { reason: "", version: approved.data.claim.version },
    });
    expect(noReason.status).toBe(422);
    const byAnnotator = await api(`/api/claims/${claim.id}/reopen`, {
      method: "POST",
      token: author.token,
      json: { reason: "mine", version: approved.data.claim.version },
    });
    expect(byAnnotator.status).toBe(403);
    const reopened = await api(`/api/claims/${claim.id}/reopen`, {
      method: "POST",
      token: reviewer.token,
      json: { reason: "The agency revised the toll", version: approved.data.claim.version },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.data.claim).toMatchObject({ status: "changes_requested", approvedAt: null });
    const twice = await api(`/api/claims/${claim.id}/reopen`, {
      method: "POST",
      token: reviewer.token,
      json: { reason: "again", version: reopened.data.claim.version },
    });
    expect(twice.status).toBe(409);

    const history = await api(`/api/claims/${claim.id}/history`, { token: author.token });
    expect(history.status).toBe(200);
    expect(history.data.items.map((e: { action: string }) => e.action)).toEqual([
      "claim.create",
      "claim.submit",
      "claim.request_changes",
      "claim.update",
      "claim.submit",
      "claim.approve",
      "claim.reopen",
    ]);
    const [created, , sentBack, edit, , approval, reopen] = history.data.items;
    expect(created).toMatchObject({
      actor: { id: author.user.id, name: author.user.name },
      before: null,
      after: { id: claim.id, status: "draft" },
    });
    expect(sentBack).toMatchObject({
      actor: { id: reviewer.user.id },
      before: { status: "submitted" },
      after: { status: "changes_requested", comment: "Say who counted the dead" },
    });
    expect(edit).toMatchObject({
      actor: { id: author.user.id },
      changes: ["attributedTo"],
      before: { attributedTo: null },
      after: { attributedTo: "activists" },
    });
    expect(approval.after).toMatchObject({ status: "approved", reviewerId: reviewer.user.id });
    expect(reopen.after).toMatchObject({ status: "changes_requested", reason: "The agency revised the toll" });
    for (const e of history.data.items) expect(e.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("keeps a deleted claim's history, and 404s an id that never existed", async () => {
    const author = await userWithToken("annotator");
    const { claim } = await draftClaim(author.token);
    expect((await api(`/api/claims/${claim.id}`, { method: "DELETE", token: author.token })).status).toBe(200);
    const history = await api(`/api/claims/${claim.id}/history`, { token: author.token });
    expect(history.status).toBe(200);
    expect(history.data).toMatchObject({ exists: false });
    expect(history.data.items.map((e: { action: string }) => e.action)).toEqual(["claim.create", "claim.delete"]);
    expect(history.data.items[1]).toMatchObject({ before: { id: claim.id }, after: null });
    expect((await api("/api/claims/never-was/history", { token: author.token })).status).toBe(404);
  });
});
