/**
 * No silent duplicates: tagging exactly the span of one of your own claims is a 409 that names
 * that claim; another annotator's identical span is theirs to have (and, blind, never shown).
 */
import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";
import { newArticle, newClaim, spanOf } from "@/test/support/claims";
import { call, makeProject, spanOf as projectSpanOf } from "@/test/support/projects";

const STORY = "Officials said over 30,000 people dead were counted after the floods.";

describe("POST /api/articles/{id}/claims on a span already tagged", () => {
  it("answers 409 with the caller's existing claim and writes nothing", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const first = await newClaim(token, article, "over 30,000 people dead");

    const again = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token,
      json: { ...spanOf(article.text, "over 30,000 people dead"), kind: "casualty" },
    });
    expect(again.status).toBe(409);
    expect(again.data.error.code).toBe("conflict");
    expect(again.data.error.message).toMatch(/already tagged this span/);
    expect(again.data.existingClaimId).toBe(first.id);
    expect(again.data.current).toMatchObject({ id: first.id, kind: "quantity", version: 1 });

    const listed = await api(`/api/articles/${article.id}/claims`, { token });
    expect(listed.data.items.map((c: { id: string }) => c.id)).toEqual([first.id]);

    // A span that differs by one character at either end is another claim.
    const inner = await newClaim(token, article, "30,000 people dead");
    expect(inner.id).not.toBe(first.id);
  });

  it("lets another annotator tag the same span", async () => {
    const a = await userWithToken("annotator");
    const b = await userWithToken("annotator");
    const article = await newArticle(a.token, STORY);
    const mine = await newClaim(a.token, article, "over 30,000 people dead");
    const theirs = await newClaim(b.token, article, "over 30,000 people dead");
    expect(theirs.id).not.toBe(mine.id);
  });

  it("in a blind project counts only the caller's claims and reveals no one else's", async () => {
    const project = await makeProject({
      articles: 1,
      annotators: 2,
      settings: { annotatorsPerArticle: 2, blind: true },
    });
    const [a, b] = project.annotators as [(typeof project.annotators)[0], (typeof project.annotators)[0]];
    const article = project.articles[0]!;
    for (const who of [a, b]) {
      const taken = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: who.token });
      expect(taken.status, JSON.stringify(taken.data)).toBe(201);
    }
    const body = { ...projectSpanOf(article.text, "over 30,000 people dead"), kind: "quantity", projectId: project.id };
    const post = (token: string) => call(`/api/articles/${article.id}/claims`, { method: "POST", token, json: body });

    const fromA = await post(a.token);
    expect(fromA.status, JSON.stringify(fromA.data)).toBe(201);
    const fromB = await post(b.token);
    expect(fromB.status, JSON.stringify(fromB.data)).toBe(201);
    expect(fromB.data.id).not.toBe(fromA.data.id);

    const againB = await post(b.token);
    expect(againB.status).toBe(409);
    expect(againB.data.existingClaimId).toBe(fromB.data.id);
    expect(JSON.stringify(againB.data)).not.toContain(fromA.data.id);
  });
});
