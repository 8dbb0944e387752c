import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  text: `${title}\r\n\r\nActivists say the war has killed more than 40,000 people.\n\n\n\nA second paragraph.  `,
  ...extra,
});

describe("articles API", () => {
  it("refuses anonymous callers with 401 and the error shape", async () => {
    const res = await api("/api/articles");
    expect(res.status).toBe(401);
    expect(res.data.error.code).toBe("unauthenticated");
    expect(res.data.error.message).toMatch(/Bearer/);
  });

  it("refuses an unknown or malformed bearer token with 401 (no fallback to anonymous)", async () => {
    expect((await api("/api/articles", { token: "cbt_not-a-real-token" })).status).toBe(401);
    expect((await api("/api/articles", { headers: { authorization: "Basic abc" } })).status).toBe(401);
  });

  it("creates an article (201), canonicalizes its text and reads it back with text", async () => {
    const { token } = await userWithToken("annotator");
    const title = `Created ${Date.now()}`;
    const created = await api("/api/articles", {
      method: "POST",
      token,
      json: article(title, { publisher: "AFP", publishedAt: "2016-02-11", url: "https://example.org/a" }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/articles/${created.data.id}`);
    expect(created.data).toMatchObject({
      title,
      publisher: "AFP",
      url: "https://example.org/a",
      publishedAt: "2016-02-11T00:00:00.000Z",
    });
    const read = await api(`/api/articles/${created.data.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.data.text).toBe(
      `${title}\n\nActivists say the war has killed more than 40,000 people.\n\nA second paragraph.`,
    );
    expect(read.data.wordCount).toBe(title.split(" ").length + 13);
    expect(read.data).not.toHaveProperty("rawOriginal");
    const raw = await api(`/api/articles/${created.data.id}?raw=true`, { token });
    expect(raw.data.rawOriginal).toContain("\r\n");
  });

  it("returns the existing article instead of a copy for the same text, unless forced", async () => {
    const { token } = await userWithToken("annotator");
    const body = article(`Dedupe ${Date.now()}`);
    const first = await api("/api/articles", { method: "POST", token, json: body });
    const again = await api("/api/articles", {
      method: "POST",
      token,
      json: { ...body, text: body.text.replace(/\r\n/g, "\n") },
    });
    expect(again.status).toBe(200);
    expect(again.data.id).toBe(first.data.id);
    expect(again.data.duplicateOf).toBe(first.data.id);
    const forced = await api("/api/articles?force=true", { method: "POST", token, json: body });
    expect(forced.status).toBe(201);
    expect(forced.data.id).not.toBe(first.data.id);
  });

  it("names every invalid field with 422", async () => {
    const { token } = await userWithToken("annotator");
    const res = await api("/api/articles", {
      method: "POST",
      token,
      json: { title: " ", text: "   ", url: "javascript:alert(1)", publishedAt: "2012-13-45" },
    });
    expect(res.status).toBe(422);
    expect(res.data.error.code).toBe("validation_failed");
    const paths = (res.data.error.issues as { path: string }[]).map((i) => i.path).sort();
    expect(paths).toEqual(["publishedAt", "text", "title", "url"]);
  });

  it("rejects missing fields, wrong types, malformed JSON, wrong content type and binary text", async () => {
    const { token } = await userWithToken("annotator");
    const missing = await api("/api/articles", { method: "POST", token, json: {} });
    expect(missing.status).toBe(422);
    expect(missing.data.error.message).toMatch(/title/);
    const wrongType = await api("/api/articles", { method: "POST", token, json: { title: 5, text: ["a"] } });
    expect(wrongType.status).toBe(422);
    const notJson = await api("/api/articles", {
      method: "POST",
      token,
      body: "{oops",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status).toBe(400);
    expect(notJson.data.error.message).toMatch(/not valid JSON/);
    const form = await api("/api/articles", {
      method: "POST",
      token,
      body: "title=a",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    const empty = await api("/api/articles", {
      method: "POST",
      token,
      body: "",
      headers: { "content-type": "application/json" },
    });
    expect(empty.status).toBe(400);
    const binary = await api("/api/articles", { method: "POST", token, json: { title: "bin", text: "abc\u0000def" } });
    expect(binary.status).toBe(422);
    expect(binary.data.error.issues[0].message).toMatch(/binary/);
  });

  it("answers 413 for a body over the limit, and stores nothing", async () => {
    const { token } = await userWithToken("annotator");
    const title = `Huge ${Date.now()}`;
    const res = await api("/api/articles", {
      method: "POST",
      token,
      json: { title, text: "x".repeat(6 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    const search = await api(`/api/articles?q=${encodeURIComponent(title)}`, { token });
    expect(search.data.total).toBe(0);
  });

  it("404s an unknown id", async () => {
    const { token } = await userWithToken("annotator");
    const res = await api("/api/articles/does-not-exist", { token });
    expect(res.status).toBe(404);
    expect(res.data.error.code).toBe("not_found");
  });

  it("pages and searches case-insensitively across title and text", async () => {
    const { token } = await userWithToken("reviewer");
    const marker = `Zebra${Date.now()}`;
    for (let i = 0; i < 3; i++) {
      await api("/api/articles", { method: "POST", token, json: article(`${marker} story ${i}`) });
    }
    const page1 = await api(`/api/articles?q=${marker.toLowerCase()}&pageSize=2`, { token });
    expect(page1.status).toBe(200);
    expect(page1.data).toMatchObject({ total: 3, page: 1, pageSize: 2, pages: 2 });
    expect(page1.data.items).toHaveLength(2);
    const page2 = await api(`/api/articles?q=${marker.toUpperCase()}&pageSize=2&page=2`, { token });
    expect(page2.data.items).toHaveLength(1);
    const ids = [...page1.data.items, ...page2.data.items].map((a: { id: string }) => a.id);
    expect(new Set(ids).size).toBe(3);
    const byText = await api(`/api/articles?q=${encodeURIComponent("second PARAGRAPH")}&pageSize=100`, { token });
    expect(byText.data.total).toBeGreaterThanOrEqual(3);
    const bad = await api("/api/articles?pageSize=1000", { token });
    expect(bad.status).toBe(400);
    expect(bad.data.error.issues[0].path).toBe("pageSize");
  });
});
