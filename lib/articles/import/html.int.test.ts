import { describe, expect, it } from "vitest";
import { api, userWithToken } from "@/test/support/http";
import { paragraph, sentence, token } from "@/test/support/import-texts";

function hostilePage(marker: string, paragraphs: string[]) {
  return `<!doctype html>
<html><head>
<title>${marker} headline | Example News</title>
<meta property="og:title" content="${marker} headline about the ceasefire">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2016-02-11T14:05:00+01:00">
<link rel="canonical" href="/world/${marker}?utm_source=feed#top">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example News Agency"}}</script>
<script>window.stolen = document.cookie; alert("head script")</script>
<style>body { background: url("javascript:alert('css')") }</style>
</head>
<body onload="alert('onload')">
<nav><a href="/">Home</a> <a href="/world">World section navigation</a></nav>
<form action="https://evil.example/collect"><p>Subscribe form prose</p><input name="email"><button onclick="alert('btn')">Go</button></form>
<article>
  <h1>${marker} headline about the ceasefire</h1>
  <p>${paragraphs[0]}<img src="x" onerror="alert('img')"></p>
  <p>${paragraphs[1]} <a href="javascript:alert('link')">linked words</a>.</p>
  <svg onload="alert('svg')"><script>alert("svg script")</script><text>svg drawing text</text></svg>
  <iframe src="https://evil.example/embed" srcdoc="<script>alert('srcdoc')</script>">iframe fallback</iframe>
  <h2>Talks in Geneva</h2>
  <p>${paragraphs[2]}</p>
  <blockquote><p>${paragraphs[3]}</p></blockquote>
  <ul><li>First listed point about the talks in Geneva</li><li>Second listed point about the talks</li></ul>
  <p>${paragraphs[4]}<script>document.write("inline script")</script></p>
  <p style="display:none">Hidden paragraph text</p>
  <noscript>Enable JavaScript text</noscript>
  <object data="evil.swf">object fallback</object>
</article>
<aside><h3>Most read</h3><p>Aside teaser about something else entirely.</p></aside>
<footer><p>Footer copyright text</p></footer>
</body></html>`;
}

describe("HTML import", () => {
  it("keeps the real paragraphs and metadata, and none of the hostile or junk markup", async () => {
    const { token: auth } = await userWithToken("annotator");
    const marker = token();
    const paragraphs = Array.from({ length: 5 }, () => paragraph(2));
    const html = hostilePage(marker, paragraphs);
    const created = await api("/api/articles", { method: "POST", token: auth, json: { html } });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect(created.data).toMatchObject({
      title: `${marker} headline about the ceasefire`,
      author: "Jane Doe",
      publisher: "Example News Agency",
      publishedAt: "2016-02-11T13:05:00.000Z",
      rawFormat: "html",
      nearDuplicateOfId: null,
    });
    // The canonical link has no base URL to resolve against, so it is not invented.
    expect(created.data.url).toBeNull();

    const read = await api(`/api/articles/${created.data.id}`, { token: auth });
    const text = read.data.text as string;
    for (const p of paragraphs) expect(text).toContain(p);
    expect(text).toContain("Talks in Geneva");
    expect(text).toContain("First listed point about the talks in Geneva");
    expect(text).toContain("linked words");
    for (const junk of [
      "alert",
      "javascript",
      "script",
      "cookie",
      "onerror",
      "onload",
      "<",
      ">",
      "svg drawing",
      "iframe fallback",
      "object fallback",
      "Subscribe form",
      "navigation",
      "Aside teaser",
      "Footer copyright",
      "Hidden paragraph",
      "Enable JavaScript",
    ]) {
      expect(text, junk).not.toContain(junk);
    }
    const cleaning = await api(`/api/articles/${created.data.id}/cleaning`, { token: auth });
    expect(cleaning.status).toBe(200);
    for (const block of cleaning.data.removed as { text: string }[])
      expect(block.text).not.toMatch(/alert|script|javascript/i);

    // The raw original is kept verbatim, and only ever served as a JSON string.
    const raw = await api(`/api/articles/${created.data.id}?raw=true`, { token: auth });
    expect(raw.data.rawOriginal).toBe(html);
    expect(raw.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("takes the canonical URL from the page when given the page's URL, and finds the page again by it", async () => {
    const { token: auth } = await userWithToken("annotator");
    const marker = token();
    const html = hostilePage(
      marker,
      Array.from({ length: 5 }, () => paragraph(2)),
    );
    const first = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { html, url: `https://news.example.org/world/${marker}?from=home` },
    });
    expect(first.status).toBe(201);
    // Given url wins over the canonical link; tracking parameters and fragments are dropped.
    expect(first.data.url).toBe(`https://news.example.org/world/${marker}?from=home`);
    const other = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: {
        title: `Other ${marker}`,
        text: paragraph(8),
        url: `https://news.example.org/world/${marker}?from=home#comments`,
      },
    });
    expect(other.status).toBe(200);
    expect(other.data).toMatchObject({ id: first.data.id, duplicateOf: first.data.id, reason: "url" });
  });

  it("returns the existing article (200 + duplicateOf) when the same page is imported twice, unless forced", async () => {
    const { token: auth } = await userWithToken("annotator");
    const html = hostilePage(
      token(),
      Array.from({ length: 5 }, () => paragraph(2)),
    );
    const first = await api("/api/articles", { method: "POST", token: auth, json: { html } });
    expect(first.status).toBe(201);
    // Different markup around the same text is still the same article.
    const again = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { html: html.replace("<footer>", "<footer class=x><p>New footer</p>") },
    });
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ id: first.data.id, duplicateOf: first.data.id, reason: "hash" });
    expect(again.headers.get("location")).toBeNull();
    const forced = await api("/api/articles?force=true", { method: "POST", token: auth, json: { html } });
    expect(forced.status).toBe(201);
    expect(forced.data.id).not.toBe(first.data.id);
    expect(forced.data.nearDuplicateOfId).toBe(first.data.id);
  });

  it("stores an article sent several times at once exactly once", async () => {
    const { token: auth } = await userWithToken("annotator");
    const body = { title: `Race ${token()}`, text: paragraph(6), url: `https://race.example.org/${token()}` };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api("/api/articles", { method: "POST", token: auth, json: i % 2 ? body : { ...body, url: undefined } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.data.id)).size).toBe(1);
  });

  it("detects near-identical text (200, near-duplicate), stores it when forced, and flags merely similar text", async () => {
    const { token: auth } = await userWithToken("annotator");
    const paragraphs = Array.from({ length: 10 }, () => paragraph(2));
    const text = paragraphs.join("\n\n");
    const first = await api("/api/articles", { method: "POST", token: auth, json: { title: `Near ${token()}`, text } });
    expect(first.status).toBe(201);

    // One word changed in ~280: a re-crawl with a fixed typo.
    const fixedTypo = text.replace(/w[0-9a-f]{8}/, token());
    expect(fixedTypo).not.toBe(text);
    const near = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { title: `Near copy ${token()}`, text: fixedTypo },
    });
    expect(near.status).toBe(200);
    expect(near.data).toMatchObject({ id: first.data.id, duplicateOf: first.data.id, reason: "near-duplicate" });
    expect(near.data.similarity).toBeGreaterThanOrEqual(0.9);

    const forced = await api("/api/articles?force=true", {
      method: "POST",
      token: auth,
      json: { title: `Forced ${token()}`, text: fixedTypo },
    });
    expect(forced.status).toBe(201);
    expect(forced.data.nearDuplicateOfId).toBe(first.data.id);

    // One of ten paragraphs rewritten (shingle Jaccard ≈ 0.8): same story, edited — stored, flagged for a human.
    const edited = [...paragraphs.slice(0, 9), paragraph(2)].join("\n\n");
    const similar = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { title: `Edited ${token()}`, text: edited },
    });
    expect(similar.status).toBe(201);
    expect(similar.data.nearDuplicateOfId).toBe(first.data.id);
    expect(similar.data.nearDuplicate.similarity).toBeGreaterThanOrEqual(0.7);
    expect(similar.data.nearDuplicate.similarity).toBeLessThan(0.9);

    // The flag is on the article list.
    const list = await api(`/api/articles?q=${encodeURIComponent(paragraphs[5]?.slice(0, 40) ?? "")}&pageSize=100`, {
      token: auth,
    });
    const flagged = (list.data.items as { id: string; nearDuplicateOfId: string | null }[])
      .filter((a) => a.nearDuplicateOfId === first.data.id)
      .map((a) => a.id);
    expect(flagged.sort()).toEqual([forced.data.id, similar.data.id].sort());

    // Unrelated text on the same topic is neither.
    const unrelated = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { title: `Unrelated ${token()}`, text: Array.from({ length: 10 }, () => paragraph(2)).join("\n\n") },
    });
    expect(unrelated.status).toBe(201);
    expect(unrelated.data.nearDuplicateOfId).toBeNull();
  });

  it("takes the title from the document or its first line, and refuses pages with nothing readable (422)", async () => {
    const { token: auth } = await userWithToken("annotator");
    const body = sentence(20);
    const noTitle = await api("/api/articles", { method: "POST", token: auth, json: { html: `<p>${body}</p>` } });
    expect(noTitle.status).toBe(201);
    expect(noTitle.data.title).toBe(body);

    const junk = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { html: "<script>alert(1)</script><nav>Home</nav><iframe></iframe>" },
    });
    expect(junk.status).toBe(422);
    expect(junk.data.error.issues[0]).toMatchObject({
      path: "html",
      message: expect.stringMatching(/no article text/),
    });

    const both = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { title: "t", text: "x", html: "<p>x</p>" },
    });
    expect(both.status).toBe(422);
    expect(both.data.error.issues.map((i: { path: string }) => i.path)).toEqual(["html"]);

    const textWithoutTitle = await api("/api/articles", { method: "POST", token: auth, json: { text: body } });
    expect(textWithoutTitle.status).toBe(422);
    expect(textWithoutTitle.data.error.issues[0].path).toBe("title");

    const binary = await api("/api/articles", { method: "POST", token: auth, json: { html: "<p>a\u0000b</p>" } });
    expect(binary.status).toBe(422);
  });

  it("cleans pasted text: boilerplate lines and repeated blocks are removed and listed", async () => {
    const { token: auth } = await userWithToken("annotator");
    const [a, b] = [paragraph(3), paragraph(3)];
    const raw = `Share this article\r\n\r\n${a}\r\n\r\nAdvertisement\r\n\r\n${b}\r\n\r\n${a}\r\n\r\nLeave a Reply\r\nYour email address will not be published.\r\n`;
    const created = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { title: `Paste ${token()}`, text: raw },
    });
    expect(created.status).toBe(201);
    const read = await api(`/api/articles/${created.data.id}`, { token: auth });
    expect(read.data.text).toBe(`${a}\n\n${b}`);
    const cleaning = await api(`/api/articles/${created.data.id}/cleaning`, { token: auth });
    expect(cleaning.data).toMatchObject({ rawFormat: "text", version: 1 });
    expect(cleaning.data.removed.map((r: { text: string; reason: string }) => [r.text, r.reason])).toEqual([
      ["Share this article", "boilerplate"],
      ["Advertisement", "boilerplate"],
      [a, "duplicate-block"],
      ["Leave a Reply", "comments"],
      ["Your email address will not be published.", "comments"],
    ]);
  });
});
