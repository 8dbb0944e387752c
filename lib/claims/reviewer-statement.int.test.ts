import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";
import { newArticle, newClaim } from "../../test/support/claims";

const STORY =
  "Aid agencies said on Tuesday that more than 40,000 people had crossed the border in a single week. " +
  "The ministry put the number of damaged schools at 212.";

/** A claim its annotator made and submitted, with the version it waits at. */
async function submittedClaim(author: { token: string }, phrase: string) {
  const article = await newArticle(author.token, STORY, "Reviewer statement");
  const claim = await newClaim(author.token, article, phrase, { value: 40000, qualifier: "more_than" });
  const submitted = await api(`/api/claims/${claim.id}/submit`, {
    method: "POST",
    token: author.token,
    json: { version: claim.version },
  });
  expect(submitted.status, JSON.stringify(submitted.data)).toBe(200);
  return { article, id: claim.id as string, version: submitted.data.claim.version as number };
}

const patch = (token: string, id: string, json: Record<string, unknown>) =>
  api(`/api/claims/${id}`, { method: "PATCH", token, json });

describe("a reviewer's statement of a submitted claim", () => {
  it("is saved through the claim's PATCH, keeps the claim waiting, lets the reviewer decide and is exported", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const claim = await submittedClaim(author, "more than 40,000 people");
    const statement = "More than 40,000 people crossed the border in one week, aid agencies said.";

    const saved = await patch(reviewer.token, claim.id, { statement: `  ${statement} `, version: claim.version });
    expect(saved.status, JSON.stringify(saved.data)).toBe(200);
    expect(saved.data).toMatchObject({ statement, status: "submitted", version: claim.version + 1 });
    expect(saved.data.author.id).toBe(author.user.id);

    // Not a co-author: the same reviewer still decides on it, at the new version.
    const approved = await api(`/api/claims/${claim.id}/review`, {
      method: "POST",
      token: reviewer.token,
      json: { decision: "approve", version: claim.version + 1 },
    });
    expect(approved.status, JSON.stringify(approved.data)).toBe(200);

    const history = await api(`/api/claims/${claim.id}/history`, { token: reviewer.token });
    expect(history.data.items.map((e: { action: string }) => e.action)).toEqual([
      "claim.create",
      "claim.submit",
      "claim.update",
      "claim.approve",
    ]);

    const exported = await api(`/api/export?format=jsonl&articleId=${claim.article.id}`, { token: reviewer.token });
    expect(exported.status).toBe(200);
    const lines = String(typeof exported.data === "string" ? exported.data : JSON.stringify(exported.data))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; statement: string | null });
    expect(lines.map((l) => [l.id, l.statement])).toEqual([[claim.id, statement]]);
  });

  it("validates the statement as the panel's edit does and refuses anything else", async () => {
    const author = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const other = await userWithToken("annotator");
    const claim = await submittedClaim(author, "more than 40,000 people");

    const tooLong = await patch(reviewer.token, claim.id, { statement: "x".repeat(1001), version: claim.version });
    expect(tooLong.status).toBe(422);
    expect(tooLong.data.error.message).toContain("statement: must be at most 1000 characters");

    // Only the statement: with any other attribute it is an edit of another's claim, as before.
    const more = await patch(reviewer.token, claim.id, { statement: "A", note: "mine", version: claim.version });
    expect(more.status).toBe(403);
    expect(more.data.error.message).toContain("Only the claim's author or an admin");
    // Not its author (four eyes keeps a claim in review as the reviewer will see it), nor an annotator.
    expect((await patch(author.token, claim.id, { statement: "A", version: claim.version })).status).toBe(409);
    expect((await patch(other.token, claim.id, { statement: "A", version: claim.version })).status).toBe(403);
    // A stale version is a 409 with the claim as it is.
    const stale = await patch(reviewer.token, claim.id, { statement: "A", version: claim.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toMatchObject({ id: claim.id, version: claim.version });

    // Blank clears it, as in the panel.
    const cleared = await patch(reviewer.token, claim.id, { statement: "  ", version: claim.version });
    expect(cleared.status).toBe(200);
    expect(cleared.data).toMatchObject({ statement: null, status: "submitted" });

    // Decided claims are locked again, for the reviewer too.
    await api(`/api/claims/${claim.id}/review`, {
      method: "POST",
      token: reviewer.token,
      json: { decision: "reject", comment: "Not a claim", version: claim.version + 1 },
    });
    const late = await patch(reviewer.token, claim.id, { statement: "B", version: claim.version + 2 });
    expect(late.status).toBe(403);
  });
});
