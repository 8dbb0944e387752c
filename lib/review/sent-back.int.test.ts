/**
 * The review loop closes for the annotator: a claim sent back carries the reviewer's comment and
 * its rounds (GET /api/claims/{id}/reviews, the claim page), and the author's "Sent back" inbox
 * and header count list it with a link straight to it.
 */
import { describe, expect, it } from "vitest";
import { api, signIn, userWithToken } from "@/test/support/http";
import { review, submit, submittedClaim } from "@/test/support/review";

async function page(path: string, cookie: string) {
  const res = await api(path, { cookie });
  expect(res.status).toBe(200);
  return String(res.data);
}

describe("a claim sent back to its author", () => {
  it("shows the comment and rounds on the API, the claim page, the inbox and the header count", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    const comment = `Count the displaced, not the dead ${Date.now()}`;
    const sentBack = await review(reviewer.token, claim.id, {
      decision: "request_changes",
      comment,
      version: claim.version,
    });
    expect(sentBack.status, JSON.stringify(sentBack.data)).toBe(200);

    const rounds = await api(`/api/claims/${claim.id}/reviews`, { token: author.token });
    expect(rounds.status).toBe(200);
    expect(rounds.data.items.map((s: { type: string }) => s.type)).toEqual(["submitted", "decided"]);
    expect(rounds.data.items[1]).toMatchObject({
      decision: "request_changes",
      comment,
      by: { id: reviewer.user.id },
    });

    const { cookie } = await signIn(author.user.email, author.password);
    if (!cookie) throw new Error("could not sign in");
    const inbox = await page("/sent-back", cookie);
    expect(inbox).toContain(comment);
    expect(inbox).toContain(`/articles/`);
    expect(inbox).toContain(`#claim-${claim.id}`);
    expect(inbox).toMatch(/data-count="1"/);
    const claimPage = await page(`/claims/${claim.id}`, cookie);
    expect(claimPage).toContain(comment);
    expect(claimPage).toContain("Sent back to you");

    // Resubmitted, it leaves the inbox; the rounds keep the whole story.
    const current = await api(`/api/claims/${claim.id}`, { token: author.token });
    await submit(author.token, claim.id, current.data.version);
    expect(await page("/sent-back", cookie)).not.toContain(comment);
    const after = await api(`/api/claims/${claim.id}/reviews`, { token: author.token });
    expect(after.data.items.map((s: { type: string }) => s.type)).toEqual(["submitted", "decided", "submitted"]);
  });

  it("keeps another annotator's claim out of the inbox and answers 404 for rounds of an unknown claim", async () => {
    const author = await userWithToken("annotator");
    const other = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const { claim } = await submittedClaim(author.token);
    const comment = `Not yours ${Date.now()}`;
    const res = await review(reviewer.token, claim.id, {
      decision: "request_changes",
      comment,
      version: claim.version,
    });
    expect(res.status).toBe(200);
    const { cookie } = await signIn(other.user.email, other.password);
    if (!cookie) throw new Error("could not sign in");
    const inbox = await page("/sent-back", cookie);
    expect(inbox).not.toContain(comment);
    expect(inbox).toMatch(/data-count="0"/);
    expect((await api(`/api/claims/nope-${Date.now()}/reviews`, { token: other.token })).status).toBe(404);
  });
});
