import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";
import { newArticle, newClaim, spanOf } from "../../test/support/claims";

const STORY =
  "Diplomats gathered in Geneva on Monday to discuss ways to end Syria's 20-month civil war that has left over 30,000 people dead. " +
  "Tens of thousands of Syrians have fled to Turkey.";

const exacts = (res: { data: Record<string, any> }) => (res.data.items as { exact: string }[]).map((s) => s.exact);

describe("suggestions API", () => {
  it("suggests the corpus-style figures, not the duration, with offsets into the text", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const res = await api(`/api/articles/${article.id}/suggestions`, { token });
    expect(res.status).toBe(200);
    expect(exacts(res)).toEqual(["over 30,000 people dead", "Tens of thousands of Syrians"]);
    expect(res.data.items[0]).toEqual({
      ...spanOf(article.text, "over 30,000 people dead"),
      kind: "casualty",
      value: 30000,
      qualifier: "more_than",
      unit: "people dead",
    });
    expect(res.data.items[1]).toMatchObject({
      qualifier: "range",
      value: 20000,
      valueMax: 90000,
      unit: "Syrians",
      kind: "quantity",
    });
    for (const s of res.data.items) expect(article.text.slice(s.start, s.end)).toBe(s.exact);
  });

  it("hides a dismissed suggestion, idempotently, for the one who dismissed it", async () => {
    const annotator = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const article = await newArticle(annotator.token, STORY);
    const span = spanOf(article.text, "over 30,000 people dead");
    const dismiss = () =>
      api(`/api/articles/${article.id}/suggestions/dismiss`, { method: "POST", token: annotator.token, json: span });
    const [first, second] = await Promise.all([dismiss(), dismiss()]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.data).toEqual({ articleId: article.id, ...span, dismissed: true });
    expect((await dismiss()).status).toBe(200);
    const mine = await api(`/api/articles/${article.id}/suggestions`, { token: annotator.token });
    expect(exacts(mine)).toEqual(["Tens of thousands of Syrians"]);
    const theirs = await api(`/api/articles/${article.id}/suggestions`, { token: reviewer.token });
    expect(exacts(theirs)).toContain("over 30,000 people dead");
  });

  it("validates a dismissal against the text like a claim (422), and 404s an unknown article", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const url = `/api/articles/${article.id}/suggestions/dismiss`;
    const mismatch = await api(url, {
      method: "POST",
      token,
      json: { ...spanOf(article.text, "over 30,000 people dead"), exact: "over 40,000 people dead" },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.data.error.issues[0].path).toBe("exact");
    const empty = await api(url, { method: "POST", token, json: { start: 5, end: 5, exact: "" } });
    expect(empty.status).toBe(422);
    expect(empty.data.error.message).toMatch(/empty/);
    const missing = await api(url, { method: "POST", token, json: { start: 5 } });
    expect(missing.status).toBe(422);
    expect(missing.data.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["end", "exact"]);
    expect(
      (
        await api("/api/articles/no-such-article/suggestions/dismiss", {
          method: "POST",
          token,
          json: { start: 0, end: 1, exact: "D" },
        })
      ).status,
    ).toBe(404);
    expect((await api("/api/articles/no-such-article/suggestions", { token })).status).toBe(404);
    expect(exacts(await api(`/api/articles/${article.id}/suggestions`, { token }))).toHaveLength(2);
  });

  it("drops a suggestion once a claim has exactly its span", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    await newClaim(token, article, "Tens of thousands of Syrians", {
      qualifier: "range",
      value: 20000,
      valueMax: 90000,
    });
    // A claim on part of a suggested figure leaves the suggestion in place.
    await newClaim(token, article, "30,000 people");
    expect(exacts(await api(`/api/articles/${article.id}/suggestions`, { token }))).toEqual([
      "over 30,000 people dead",
    ]);
  });
});

describe("prefill API", () => {
  it("snaps a ragged selection to whole words and reads the figure", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const rough = spanOf(article.text, "er 30,000 people de");
    const res = await api(`/api/articles/${article.id}/prefill?start=${rough.start}&end=${rough.end}`, { token });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      ...spanOf(article.text, "over 30,000 people dead"),
      kind: "casualty",
      value: 30000,
      qualifier: "more_than",
      unit: "people dead",
    });
    const plain = spanOf(article.text, "Diplomats gathered");
    const words = await api(`/api/articles/${article.id}/prefill?start=${plain.start}&end=${plain.end}`, { token });
    expect(words.data).toEqual(plain);
  });

  it("refuses bad selections: 400 for non-numbers, 422 for impossible spans, 404 for unknown articles", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const at = (query: string) => api(`/api/articles/${article.id}/prefill?${query}`, { token });
    const notNumber = await at("start=a&end=4");
    expect(notNumber.status).toBe(400);
    expect(notNumber.data.error.issues[0].path).toBe("start");
    expect((await at("start=4")).data.error.issues[0].path).toBe("end");
    const inverted = await at("start=9&end=4");
    expect(inverted.status).toBe(422);
    expect(inverted.data.error.issues[0].path).toBe("start");
    const past = await at(`start=0&end=${article.text.length + 1}`);
    expect(past.status).toBe(422);
    expect(past.data.error.issues[0].path).toBe("end");
    const space = article.text.indexOf(" ");
    const blank = await at(`start=${space}&end=${space + 1}`);
    expect(blank.status).toBe(422);
    expect(blank.data.error.message).toMatch(/whitespace/);
    expect((await api("/api/articles/no-such-article/prefill?start=0&end=1", { token })).status).toBe(404);
  });
});
