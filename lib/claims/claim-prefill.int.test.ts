import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";
import { newArticle, newClaim } from "@/test/support/claims";
import { STORY } from "@/test/support/review";

describe("a claim's statement and author type", () => {
  it("a new claim's statement is its sentence; the annotator edits or clears it", async () => {
    const annotator = await userWithToken("annotator");
    const article = await newArticle(annotator.token, STORY, "Statement test");
    const claim = await newClaim(annotator.token, article, "over 30,000 people dead");
    expect(claim.statement).toBe(
      "Diplomats gathered in Geneva on Monday to discuss ways to end Syria's 20-month civil war that has left over 30,000 people dead, according to activists.",
    );
    const second = await newClaim(annotator.token, article, "2.5 million are displaced");
    expect(second.statement).toBe(
      "More than one million Syrians have fled the country, and 2.5 million are displaced inside it.",
    );
    const edited = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: annotator.token,
      json: { version: claim.version, statement: "Over 30,000 people had died in Syria's civil war by November 2012." },
    });
    expect(edited.status).toBe(200);
    expect(edited.data.statement).toBe("Over 30,000 people had died in Syria's civil war by November 2012.");
    const given = await newClaim(annotator.token, article, "More than one million Syrians", { statement: null });
    expect(given.statement).toBeNull();
    const tooLong = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: annotator.token,
      json: { start: 0, end: 9, exact: "Diplomats", kind: "event", statement: "x".repeat(1001) },
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.data.error.issues[0].path).toBe("statement");
  });

  it("author type: chosen by the annotator, then offered for the same name in the project; never guessed from words", async () => {
    const annotator = await userWithToken("annotator");
    const article = await newArticle(annotator.token, STORY, "Author type test");
    const name = `Ministerium für Gesundheit ${article.id}`;
    const unsaid = await newClaim(annotator.token, article, "Diplomats", { kind: "event", attributedTo: name });
    expect(unsaid.authorType).toBeNull();
    await newClaim(annotator.token, article, "20-month civil war", {
      kind: "event",
      attributedTo: name,
      authorType: "organisation",
    });
    const later = await newClaim(annotator.token, article, "over 30,000 people dead", { attributedTo: name });
    expect(later.authorType).toBe("organisation");
    const bad = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: annotator.token,
      json: { start: 0, end: 9, exact: "Diplomats", kind: "event", authorType: "government" },
    });
    expect(bad.status).toBe(422);
    expect(bad.data.error.issues[0].path).toBe("authorType");
  });
});
