/**
 * Findings 12 and 13 of the security probe, what answers show: other users by name, their
 * emails to admins only; API answers never cached; the health check tells anonymous callers
 * nothing but that the server is up.
 */
import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";
import { newArticle, newClaim } from "@/test/support/claims";

describe("finding 12: other users' emails are for admins only", () => {
  it("an annotator reads who imported an article and who changed a claim by name, an admin also by email", async () => {
    const author = await userWithToken("annotator");
    const other = await userWithToken("annotator");
    const admin = await userWithToken("admin");
    const article = await newArticle(author.token, "Officials said over 30,000 people were displaced.");
    const claim = await newClaim(author.token, article, "over 30,000 people");

    for (const path of [`/api/articles/${article.id}`, `/api/claims/${claim.id}/history`]) {
      const seen = await api(path, { token: other.token });
      expect(seen.status).toBe(200);
      expect(JSON.stringify(seen.data)).not.toContain(author.user.email);
      expect(JSON.stringify(seen.data)).toContain(author.user.name);
      const byAdmin = await api(path, { token: admin.token });
      expect(JSON.stringify(byAdmin.data)).toContain(author.user.email);
    }
    const read = await api(`/api/articles/${article.id}`, { token: other.token });
    expect(read.data.importedBy).toEqual({ id: author.user.id, name: author.user.name });
    const history = await api(`/api/claims/${claim.id}/history`, { token: other.token });
    expect(history.data.items[0].actor).toEqual({ id: author.user.id, name: author.user.name });
  });
});

describe("finding 13: what every API answer says about itself", () => {
  it("answers, errors included, carry Cache-Control: no-store", async () => {
    const { token } = await userWithToken("annotator");
    for (const [path, auth] of [
      ["/api/articles", token],
      ["/api/health", undefined],
      ["/api/articles/no-such-article", token],
      ["/api/articles", undefined],
    ] as const) {
      const res = await api(path, { token: auth });
      expect(res.headers.get("cache-control"), `${path} (${res.status})`).toMatch(/no-store/);
    }
  });

  it("the health check tells an anonymous caller only that the server is up", async () => {
    const res = await api("/api/health");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ ok: true });
  });
});
