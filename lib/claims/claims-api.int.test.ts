import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { newArticle, newClaim, spanOf } from "../../test/support/claims";

const STORY =
  "Diplomats gathered in Geneva on Monday to discuss ways to end Syria's 20-month civil war that has left over 30,000 people dead, " +
  "according to activists. More than one million Syrians have fled the country.";

describe("claims API: create and read", () => {
  it("creates a draft claim (201) with server-side selectors, author and timestamps", async () => {
    const { token, user } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const span = spanOf(article.text, "over 30,000 people dead");
    const res = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token,
      json: {
        ...span,
        kind: "casualty",
        value: 30000,
        qualifier: "more_than",
        unit: "  people dead ",
        attributedTo: "activists",
        timeRef: "",
        note: null,
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/claims/${res.data.id}`);
    expect(res.data).toEqual({
      id: expect.any(String),
      projectId: "default",
      articleId: article.id,
      layer: "annotation",
      assignmentId: null,
      start: span.start,
      end: span.end,
      exact: "over 30,000 people dead",
      prefix: article.text.slice(span.start - 32, span.start),
      suffix: article.text.slice(span.end, span.end + 32),
      kind: "casualty",
      value: 30000,
      qualifier: "more_than",
      valueMax: null,
      unit: "people dead",
      timeRef: null,
      attributedTo: "activists",
      authorType: null,
      // The sentence around the span, as the annotator starts from.
      statement: expect.stringContaining("over 30,000 people dead"),
      note: null,
      status: "draft",
      verdict: null,
      justification: null,
      version: 1,
      author: { id: user.id, name: user.name },
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(res.data.prefix).toHaveLength(32);

    const one = await api(`/api/claims/${res.data.id}`, { token });
    expect(one.status).toBe(200);
    expect(one.data).toMatchObject({
      ...res.data,
      article: { id: article.id, title: article.title, publishedAt: null, publisher: null },
    });
  });

  it("keeps short context at the edges of the text", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, "Diplomats met. Four people were hurt in the blast.");
    const claim = await newClaim(token, article, "Diplomats");
    expect(claim).toMatchObject({ start: 0, prefix: "", suffix: article.text.slice(9, 41) });
  });

  it("lists an article's claims by start, longer spans first", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const later = await newClaim(token, article, "More than one million Syrians");
    const inner = await newClaim(token, article, "30,000 people");
    const outer = await newClaim(token, article, "over 30,000 people dead", { kind: "casualty" });
    const list = await api(`/api/articles/${article.id}/claims`, { token });
    expect(list.status).toBe(200);
    expect(list.data.items.map((c: { id: string }) => c.id)).toEqual([outer.id, inner.id, later.id]);
    expect(list.data.items[0]).toMatchObject({
      exact: "over 30,000 people dead",
      author: { id: expect.any(String), name: expect.any(String) },
    });
  });

  it("answers 401 to anonymous callers on every claims route", async () => {
    const checks = [
      api("/api/articles/x/claims"),
      api("/api/articles/x/claims", { method: "POST", json: {} }),
      api("/api/claims"),
      api("/api/claims/x"),
      api("/api/claims/x", { method: "PATCH", json: { version: 1 } }),
      api("/api/claims/x", { method: "DELETE" }),
      api("/api/articles/x/suggestions"),
      api("/api/articles/x/suggestions/dismiss", { method: "POST", json: {} }),
      api("/api/articles/x/prefill?start=0&end=1"),
    ];
    for (const res of await Promise.all(checks)) {
      expect(res.status).toBe(401);
      expect(res.data.error.code).toBe("unauthenticated");
    }
  });

  it("404s an unknown article or claim", async () => {
    const { token } = await userWithToken("annotator");
    const create = await api("/api/articles/no-such-article/claims", {
      method: "POST",
      token,
      json: { start: 0, end: 1, exact: "x", kind: "other" },
    });
    expect(create.status).toBe(404);
    expect(create.data.error.code).toBe("not_found");
    expect((await api("/api/articles/no-such-article/claims", { token })).status).toBe(404);
    expect((await api("/api/claims/no-such-claim", { token })).status).toBe(404);
    expect(
      (await api("/api/claims/no-such-claim", { method: "PATCH", token, json: { version: 1, note: "x" } })).status,
    ).toBe(404);
    expect((await api("/api/claims/no-such-claim", { method: "DELETE", token })).status).toBe(404);
  });
});

describe("claims API: span validation (422)", () => {
  const cases: [string, (text: string) => Record<string, unknown>, string, RegExp][] = [
    [
      "exact does not match the text",
      (t) => ({ ...spanOf(t, "30,000 people"), exact: "30,000 persons" }),
      "exact",
      /does not match/,
    ],
    ["empty span", (t) => ({ start: t.indexOf("30,000"), end: t.indexOf("30,000"), exact: "" }), "end", /empty/],
    [
      "inverted span",
      (t) => ({ start: t.indexOf("30,000") + 6, end: t.indexOf("30,000"), exact: "30,000" }),
      "start",
      /greater than/,
    ],
    ["negative start", () => ({ start: -1, end: 3, exact: "Dip" }), "start", /negative/],
    [
      "end past the text",
      (t) => ({ start: t.length - 2, end: t.length + 5, exact: `${t.slice(-2)}xxxxx` }),
      "end",
      /past the end/,
    ],
    ["fractional offset", () => ({ start: 0.5, end: 3, exact: "Dip" }), "start", /whole number/],
  ];

  it.each(cases)("%s", async (_name, make, path, message) => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const res = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token,
      json: { ...make(article.text), kind: "quantity" },
    });
    expect(res.status).toBe(422);
    expect(res.data.error.code).toBe("validation_failed");
    expect(res.data.error.message).toMatch(message);
    expect(res.data.error.issues.map((i: { path: string }) => i.path)).toEqual([path]);
  });

  it("refuses a span that splits a surrogate pair", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, "Crowds cheered \u{1F600} as 300 people marched.");
    const emoji = article.text.indexOf("\u{1F600}");
    const res = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token,
      json: { start: emoji + 1, end: emoji + 6, exact: article.text.slice(emoji + 1, emoji + 6), kind: "other" },
    });
    expect(res.status).toBe(422);
    expect(res.data.error.message).toMatch(/surrogate pair/);
    expect(res.data.error.issues[0].path).toBe("start");
    const whole = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token,
      json: { ...spanOf(article.text, "\u{1F600} as 300"), kind: "other" },
    });
    expect(whole.status).toBe(201);
  });

  it("enforces kind, the range rule, finite values and text limits", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const span = spanOf(article.text, "over 30,000 people dead");
    const post = (json: Record<string, unknown>) =>
      api(`/api/articles/${article.id}/claims`, { method: "POST", token, json: { ...span, ...json } });
    const issuePaths = (res: { data: Record<string, any> }) =>
      res.data.error.issues.map((i: { path: string }) => i.path).sort();

    const noKind = await post({});
    expect(noKind.status).toBe(422);
    expect(issuePaths(noKind)).toEqual(["kind"]);
    expect(issuePaths(await post({ kind: "rumour" }))).toEqual(["kind"]);

    const inverted = await post({ kind: "casualty", qualifier: "range", value: 30000, valueMax: 20000 });
    expect(inverted.status).toBe(422);
    expect(issuePaths(inverted)).toEqual(["valueMax"]);
    expect(inverted.data.error.message).toMatch(/at least value/);
    expect(issuePaths(await post({ kind: "casualty", qualifier: "range", value: 30000 }))).toEqual(["valueMax"]);
    const maxWithoutRange = await post({ kind: "casualty", qualifier: "more_than", value: 30000, valueMax: 40000 });
    expect(maxWithoutRange.status).toBe(422);
    expect(maxWithoutRange.data.error.message).toMatch(/only allowed when qualifier is "range"/);
    expect((await post({ kind: "casualty", qualifier: "range", value: 20000, valueMax: 20000 })).status).toBe(201);

    const huge = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token,
      headers: { "content-type": "application/json" },
      body: `{"start":${span.start},"end":${span.end},"exact":${JSON.stringify(span.exact)},"kind":"casualty","value":1e999}`,
    });
    expect(huge.status).toBe(422);
    expect(issuePaths(huge)).toEqual(["value"]);
    expect(issuePaths(await post({ kind: "casualty", value: "30000" }))).toEqual(["value"]);
    expect(issuePaths(await post({ kind: "casualty", note: "n".repeat(5001), unit: "u".repeat(101) }))).toEqual([
      "note",
      "unit",
    ]);
  });
});

describe("claims API: editing", () => {
  it("updates a subset, bumps the version, clears with null and refuses a stale version with the current claim", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const claim = await newClaim(token, article, "over 30,000 people dead", {
      kind: "casualty",
      value: 30000,
      qualifier: "more_than",
      unit: "people dead",
      note: "check",
    });

    const edited = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, attributedTo: " activists ", note: null },
    });
    expect(edited.status).toBe(200);
    expect(edited.data).toMatchObject({
      id: claim.id,
      version: 2,
      attributedTo: "activists",
      note: null,
      unit: "people dead",
      value: 30000,
      kind: "casualty",
    });

    const stale = await api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, unit: "dead" } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.code).toBe("conflict");
    expect(stale.data.current).toMatchObject({
      id: claim.id,
      version: 2,
      attributedTo: "activists",
      unit: "people dead",
    });

    const missingVersion = await api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { unit: "dead" } });
    expect(missingVersion.status).toBe(422);
    expect(missingVersion.data.error.issues[0].path).toBe("version");
  });

  it("moves the span only with start, end and exact together, and recomputes the context", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const claim = await newClaim(token, article, "30,000 people");
    const partial = await api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, start: 0 } });
    expect(partial.status).toBe(422);
    expect(partial.data.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["end", "exact"]);

    const wrong = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, ...spanOf(article.text, "over 30,000 people dead"), exact: "over 30,000 people" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.data.error.issues[0].path).toBe("exact");

    const span = spanOf(article.text, "over 30,000 people dead");
    const moved = await api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, ...span } });
    expect(moved.status).toBe(200);
    expect(moved.data).toMatchObject({
      ...span,
      prefix: article.text.slice(span.start - 32, span.start),
      suffix: article.text.slice(span.end, span.end + 32),
      version: 2,
    });
  });

  it("checks the range rule against the stored claim merged with the change", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, "Tens of thousands of Syrians have fled to Turkey.");
    const claim = await newClaim(token, article, "Tens of thousands of Syrians", {
      qualifier: "range",
      value: 20000,
      valueMax: 90000,
    });
    const lower = await api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, value: 100000 } });
    expect(lower.status).toBe(422);
    expect(lower.data.error.issues[0].path).toBe("valueMax");
    const notRange = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, qualifier: "about" },
    });
    expect(notRange.status).toBe(422);
    expect(notRange.data.error.issues[0].path).toBe("valueMax");
    const cleared = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token,
      json: { version: 1, qualifier: "about", valueMax: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.data).toMatchObject({ qualifier: "about", value: 20000, valueMax: null, version: 2 });
  });

  it("lets exactly one of two concurrent edits from the same version win", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    for (let round = 0; round < 3; round++) {
      const claim = await newClaim(token, article, "More than one million Syrians", { note: `round ${round}` });
      const [a, b] = await Promise.all([
        api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, note: "first" } }),
        api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, note: "second" } }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(winner.data.version).toBe(2);
      expect(loser.data.current).toMatchObject({ version: 2, note: winner.data.note });
      const stored = await api(`/api/claims/${claim.id}`, { token });
      expect(stored.data).toMatchObject({ version: 2, note: winner.data.note });
      // The next round tags the same span again, which needs this claim gone (no duplicates).
      expect((await api(`/api/claims/${claim.id}?version=2`, { method: "DELETE", token })).status).toBe(200);
    }
  });

  it("lets only the author or an admin edit or delete (403), and locks claims under review (409)", async () => {
    const author = await userWithToken("annotator");
    const other = await userWithToken("annotator");
    const reviewer = await userWithToken("reviewer");
    const admin = await userWithToken("admin");
    const article = await newArticle(author.token, STORY);
    const claim = await newClaim(author.token, article, "over 30,000 people dead");

    for (const intruder of [other, reviewer]) {
      const edit = await api(`/api/claims/${claim.id}`, {
        method: "PATCH",
        token: intruder.token,
        json: { version: 1, note: "mine now" },
      });
      expect(edit.status).toBe(403);
      expect(edit.data.error.code).toBe("forbidden");
      expect((await api(`/api/claims/${claim.id}`, { method: "DELETE", token: intruder.token })).status).toBe(403);
    }
    // Anyone who can read can still look at it.
    expect((await api(`/api/claims/${claim.id}`, { token: other.token })).status).toBe(200);

    const byAdmin = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: admin.token,
      json: { version: 1, note: "admin fix" },
    });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.data).toMatchObject({ note: "admin fix", version: 2, author: { id: author.user.id } });

    for (const status of ["submitted", "approved", "rejected"]) {
      await testDb().claim.update({ where: { id: claim.id }, data: { status } });
      const locked = await api(`/api/claims/${claim.id}`, {
        method: "PATCH",
        token: author.token,
        json: { version: 2, note: "late" },
      });
      expect(locked.status).toBe(409);
      expect(locked.data.error.message).toContain(`locked in status "${status}"`);
      expect(locked.data.current).toMatchObject({ status, note: "admin fix" });
      const gone = await api(`/api/claims/${claim.id}`, { method: "DELETE", token: admin.token });
      expect(gone.status).toBe(409);
      expect(gone.data.error.message).toContain(`locked in status "${status}"`);
    }

    await testDb().claim.update({ where: { id: claim.id }, data: { status: "changes_requested" } });
    const fixed = await api(`/api/claims/${claim.id}`, {
      method: "PATCH",
      token: author.token,
      json: { version: 2, note: "fixed" },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.data).toMatchObject({ status: "changes_requested", version: 3 });
  });
});

describe("claims API: deleting", () => {
  it("deletes a draft, honouring ?version= when given", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, STORY);
    const claim = await newClaim(token, article, "over 30,000 people dead");
    await api(`/api/claims/${claim.id}`, { method: "PATCH", token, json: { version: 1, note: "edited" } });

    const stale = await api(`/api/claims/${claim.id}?version=1`, { method: "DELETE", token });
    expect(stale.status).toBe(409);
    expect(stale.data.current).toMatchObject({ id: claim.id, version: 2 });
    const bad = await api(`/api/claims/${claim.id}?version=two`, { method: "DELETE", token });
    expect(bad.status).toBe(400);
    expect(bad.data.error.issues[0].path).toBe("version");

    const deleted = await api(`/api/claims/${claim.id}?version=2`, { method: "DELETE", token });
    expect(deleted.status).toBe(200);
    expect(deleted.data).toEqual({ id: claim.id, deleted: true });
    expect((await api(`/api/claims/${claim.id}`, { token })).status).toBe(404);
    expect((await api(`/api/claims/${claim.id}`, { method: "DELETE", token })).status).toBe(404);

    const unversioned = await newClaim(token, article, "30,000 people");
    expect((await api(`/api/claims/${unversioned.id}`, { method: "DELETE", token })).data).toEqual({
      id: unversioned.id,
      deleted: true,
    });
    expect((await api(`/api/articles/${article.id}/claims`, { token })).data.items).toEqual([]);
  });

  it("lets an admin delete someone else's draft", async () => {
    const author = await userWithToken("annotator");
    const admin = await userWithToken("admin");
    const article = await newArticle(author.token, STORY);
    const claim = await newClaim(author.token, article, "30,000 people");
    expect((await api(`/api/claims/${claim.id}`, { method: "DELETE", token: admin.token })).status).toBe(200);
  });
});
