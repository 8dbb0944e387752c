/**
 * The failures the write-route fuzzer found, pinned as plain examples so they stay fixed on
 * both databases whatever the random seed: each was a 500 (or silently altered data) before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { api, signIn, userWithToken } from "@/test/support/http";
import { INT4_MAX } from "@/lib/http/wire-rules";
import { buildFixture, marker, type Fixture } from "./fuzz/fixture";

/** A 4xx with the error body every client error must have; returns the message. */
function expectClientError(res: { status: number; data: Record<string, any> }, status: number): string {
  expect(res.status, JSON.stringify(res.data)).toBe(status);
  expect(res.data.error.code).toEqual(expect.any(String));
  expect(res.data.error.message).toEqual(expect.stringMatching(/\S/));
  return res.data.error.message as string;
}

describe("fuzz findings, pinned", () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await buildFixture();
  });

  it("answers 400 to a path or query that is not UTF-8 or holds a NUL (Next.js gave a bare 500)", async () => {
    const t = fx.tokens.annotator;
    expect(expectClientError(await api("/api/evidence/%ED%A0%80", { method: "DELETE", token: t }), 400)).toMatch(
      /not valid UTF-8/,
    );
    expect(
      expectClientError(await api("/api/articles/%FF/claims", { method: "POST", token: t, json: {} }), 400),
    ).toMatch(/not valid UTF-8/);
    expect(
      expectClientError(await api("/api/clusters/%ED%A0%80/claims/x", { method: "DELETE", token: t }), 400),
    ).toMatch(/not valid UTF-8/);
    expect(expectClientError(await api("/api/claims/a%00b", { method: "DELETE", token: t }), 400)).toMatch(/NUL/);
    expect(
      expectClientError(await api(`/api/claims/${fx.drafts[0]}?version=%00`, { method: "DELETE", token: t }), 400),
    ).toMatch(/NUL/);
    expect(expectClientError(await api("/articles/%FF", { token: t }), 400)).toMatch(/not valid UTF-8/);
    // Well-formed escapes still reach the route.
    expect(expectClientError(await api("/api/claims/%F0%9F%98%80", { method: "DELETE", token: t }), 404)).toMatch(
      /not found/,
    );
  });

  it("refuses an invalid accessedAt with 422 (the future-date check crashed on it)", async () => {
    const res = await api(`/api/claims/${fx.drafts[0]}/evidence`, {
      method: "POST",
      token: fx.tokens.annotator,
      json: { url: "https://example.org/a", accessedAt: "2016-13-01", stance: "supports" },
    });
    expect(expectClientError(res, 422)).toMatch(/accessedAt: must be an ISO 8601 date/);
  });

  it("refuses NUL and unpaired surrogates in every kind of text field with 422, naming them", async () => {
    const t = fx.tokens.annotator;
    const article = fx.articles[0]!;
    const first = article.text.indexOf("over");
    const span = { start: first, end: first + 4, exact: "over" };
    const cases: [string, string, unknown][] = [
      ["POST", "/api/clusters", { name: `Cluster \u0000 ${marker()}` }],
      ["POST", "/api/clusters", { name: `Cluster ${marker()}`, description: "half \uD83D" }],
      ["POST", `/api/articles/${article.id}/claims`, { ...span, kind: "quantity", note: "a\u0000b" }],
      ["POST", `/api/articles/${article.id}/claims`, { ...span, kind: "quantity", attributedTo: "\uDE00 officials" }],
      [
        "POST",
        `/api/claims/${fx.drafts[0]}/evidence`,
        { url: "https://example.org/b", stance: "supports", quote: "q\u0000" },
      ],
      ["POST", `/api/claims/${fx.drafts[0]}/evidence`, { targetClaimId: "a\u0000b", stance: "supports" }],
      ["POST", "/api/articles", { title: `Title \u0000 ${marker()}`, text: `Body ${marker()} text.` }],
      ["POST", "/api/articles", { title: `Title ${marker()}`, text: `Body ${marker()} text \uD800.` }],
      [
        "POST",
        "/api/articles",
        { title: `Title ${marker()}`, text: `Body ${marker()} text.`, url: "https://example.org/\u0000" },
      ],
      ["POST", "/api/articles", { title: `Title ${marker()}`, text: `Body ${marker()} text.`, publisher: "P\u0000" }],
      ["POST", "/api/tokens", { name: "laptop\u0000" }],
    ];
    for (const [method, url, json] of cases) {
      const message = expectClientError(await api(url, { method, token: t, json }), 422);
      expect(message, `${method} ${url} ${JSON.stringify(json)}`).toMatch(/NUL|unpaired surrogates/);
    }
    const admin = fx.tokens.admin;
    expect(
      expectClientError(
        await api("/api/users", {
          method: "POST",
          token: admin,
          json: { email: `u${marker()}@example.org`, name: "N\u0000", password: "long-enough-password" },
        }),
        422,
      ),
    ).toMatch(/NUL/);
    const submitted = fx.submitted[0];
    expect(
      expectClientError(
        await api(`/api/claims/${submitted}/review`, {
          method: "POST",
          token: fx.tokens.reviewer,
          json: { decision: "reject", comment: "no\uD800", version: 2 },
        }),
        422,
      ),
    ).toMatch(/unpaired/);
  });

  it("refuses dates in year 0 with 422 (PostgreSQL refused them with a 500)", async () => {
    const res = await api(`/api/claims/${fx.drafts[0]}/evidence`, {
      method: "POST",
      token: fx.tokens.annotator,
      json: { url: "https://example.org/c", publishedAt: "0000-01-01", stance: "supports" },
    });
    expect(expectClientError(res, 422)).toMatch(/publishedAt: must fall between the years 0001 and 9999/);
    const article = await api("/api/articles", {
      method: "POST",
      token: fx.tokens.annotator,
      json: { title: `Dated ${marker()}`, text: `Dated ${marker()} text.`, publishedAt: "0001-01-01T00:00:00+01:00" },
    });
    expect(expectClientError(article, 422)).toMatch(/publishedAt: must fall between the years 0001 and 9999/);
  });

  it("refuses versions past a PostgreSQL integer with 422 (the database refused them with a 500)", async () => {
    const big = INT4_MAX + 1;
    const t = fx.tokens.annotator;
    const cases: [string, string, unknown, string][] = [
      ["PATCH", `/api/claims/${fx.drafts[1]}`, { note: "n", version: big }, t],
      ["POST", `/api/claims/${fx.drafts[1]}/submit`, { version: big }, t],
      ["POST", `/api/articles/${fx.articles[0]!.id}/cleaning/restore`, { index: 2, version: big }, t],
      ["POST", `/api/articles/${fx.articles[0]!.id}/cleaning/restore`, { index: big, version: 1 }, t],
      ["POST", `/api/claims/${fx.submitted[1]}/review`, { decision: "approve", version: big }, fx.tokens.reviewer],
      ["POST", `/api/claims/${fx.approved[0]}/reopen`, { reason: "r", version: big }, fx.tokens.reviewer],
      ["PATCH", `/api/users/${fx.targetUsers[0]}`, { role: "reviewer", version: big }, fx.tokens.admin],
    ];
    for (const [method, url, json, token] of cases) {
      expect(expectClientError(await api(url, { method, token, json }), 422), `${method} ${url}`).toMatch(
        `must be at most ${INT4_MAX}`,
      );
    }
    expect(
      expectClientError(await api(`/api/claims/${fx.drafts[1]}?version=${big}`, { method: "DELETE", token: t }), 400),
    ).toMatch(`must be at most ${INT4_MAX}`);
  });

  it("refuses a span that splits a surrogate pair with 422 naming it, and accepts the whole character", async () => {
    const article = fx.articles[1]!;
    const at = article.text.indexOf("😀");
    const half = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: fx.tokens.annotator,
      json: { start: at + 1, end: at + 9, exact: article.text.slice(at + 1, at + 9), kind: "other" },
    });
    expect(expectClientError(half, 422)).toMatch(/"start" \(\d+\) falls inside a surrogate pair/);
    // Someone who has not tagged this span yet: the fuzzer's annotator may have (a second identical claim is a 409).
    const fresh = await userWithToken("annotator");
    const whole = await api(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: fresh.token,
      json: { start: at, end: at + 9, exact: article.text.slice(at, at + 9), kind: "other" },
    });
    expect(whole.status, JSON.stringify(whole.data)).toBe(201);
    expect(whole.data.exact).toBe("😀 agency");
  });

  it("still signs in, and never fails with 5xx on NUL or unpaired surrogates in the credentials", async () => {
    const { user } = await userWithToken("annotator");
    for (const email of [`${user.email}\u0000`, "\uD800@claimbench.test", "x".repeat(100_000)]) {
      const result = await signIn(email, "whatever-password");
      expect(result.cookie).toBeUndefined();
      // A 5xx shows up as "sign-in failed (5xx)"; a refusal names next-auth's error.
      expect(result.error).not.toMatch(/\(5\d\d\)/);
    }
    expect((await signIn(user.email, "test-password-123")).cookie).toMatch(/^next-auth\.session-token=/);
  });
});
