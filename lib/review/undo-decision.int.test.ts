/**
 * Undo of a review decision: within seconds, the reviewer who decided takes it back; the claim is
 * waiting for review again, out of its author's inbox and header count, and the audit trail
 * keeps both the decision and its undo. Anyone else, a stale version or a late undo is refused.
 */
import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { auditActionsOf, review, submittedClaim } from "@/test/support/review";
import { undoDecision, UNDO_WINDOW_MS } from "./undo-decision";

const undo = (token: string, id: string, version: number) =>
  api(`/api/claims/${id}/review/undo`, { method: "POST", token, json: { version } });

describe("POST /api/claims/{id}/review/undo", () => {
  it("puts a sent-back claim back in the queue and out of its author's inbox", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const other = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    const decided = await review(reviewer.token, claim.id, {
      decision: "request_changes",
      comment: "Say who counted.",
      version: claim.version,
    });
    expect(decided.status, JSON.stringify(decided.data)).toBe(200);
    const after = decided.data.claim as { version: number };
    expect((await api("/api/me/sent-back", { token: author.token })).data).toEqual({ count: 1 });

    expect((await undo(other.token, claim.id, after.version)).status).toBe(403);
    const stale = await undo(reviewer.token, claim.id, after.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.data.current.status).toBe("changes_requested");

    const undone = await undo(reviewer.token, claim.id, after.version);
    expect(undone.status, JSON.stringify(undone.data)).toBe(200);
    expect(undone.data.claim).toMatchObject({ status: "submitted", version: after.version + 1, reviewer: null });
    expect((await api("/api/me/sent-back", { token: author.token })).data).toEqual({ count: 0 });
    const rounds = await api(`/api/claims/${claim.id}/reviews`, { token: author.token });
    expect(rounds.data.items.map((s: { type: string }) => s.type)).toEqual(["submitted"]);
    expect(await auditActionsOf(claim.id)).toEqual([
      "claim.create",
      "claim.submit",
      "claim.request_changes",
      "claim.undo_decision",
    ]);

    // Nothing left to undo; and the claim can be decided again.
    expect((await undo(reviewer.token, claim.id, after.version + 1)).status).toBe(409);
    const approved = await review(reviewer.token, claim.id, { decision: "approve", version: after.version + 1 });
    expect(approved.status).toBe(200);
    expect(approved.data.claim.status).toBe("approved");
  });

  it("is refused once the moment has passed, and to an annotator", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    const decided = await review(reviewer.token, claim.id, { decision: "approve", version: claim.version });
    expect(decided.status).toBe(200);
    const version = decided.data.claim.version as number;
    expect((await undo(author.token, claim.id, version)).status).toBe(403);

    const later = new Date(Date.now() + UNDO_WINDOW_MS + 1000);
    await expect(
      undoDecision({
        db: testDb(),
        actor: { id: reviewer.user.id, role: "reviewer" },
        id: claim.id,
        version,
        now: later,
      }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/reopen/) });
    const stored = await api(`/api/claims/${claim.id}`, { token: author.token });
    expect(stored.data).toMatchObject({ status: "approved", version });
  });
});
