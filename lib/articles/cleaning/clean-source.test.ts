import { describe, expect, it } from "vitest";
import { readCorpusFile } from "@/lib/seed/corpus";
import { cleanSource } from "./clean-source";
import { clip, normalizeArticleUrl, resolveMetadata } from "../metadata/resolve-metadata";

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe("cleanSource on the seed corpus", () => {
  it("shows the article that carries its body twice only once", () => {
    const { text, removed } = cleanSource({ format: "text", content: readCorpusFile("002_3cab5c4bd9d3191d.txt") });
    expect(occurrences(text, "Russia said Thursday it was ready to discuss a ceasefire")).toBe(1);
    expect(removed.filter((r) => r.reason === "duplicate-block").length).toBeGreaterThan(20);
  });

  it("drops the comment form and lists it as removed", () => {
    const { text, removed } = cleanSource({ format: "text", content: readCorpusFile("001_3209e347425c0a49.txt") });
    expect(text).not.toMatch(/Your email address will not be published|Copy This Password|Leave a Reply/);
    expect(removed.map((r) => r.text)).toContain("Leave a Reply");
  });
});

describe("cleanSource by format", () => {
  it("reads Markdown front matter over text heuristics", () => {
    const { text, meta } = cleanSource({
      format: "markdown",
      content:
        "---\nauthor: Jane Doe\n---\n# Big *News* Today\n\nThe ministry said **12 people** died in the floods on Tuesday.",
    });
    expect(text).toBe("Big News Today\n\nThe ministry said 12 people died in the floods on Tuesday.");
    expect(meta).toMatchObject({ title: "Big News Today", author: "Jane Doe" });
  });

  it("maps an HTML page's canonical link to url", () => {
    const page =
      '<html><head><link rel="canonical" href="/a/b"><meta property="og:title" content="OG title"></head><body><article><p>The ministry said 12 people died in the floods on Tuesday, officials reported.</p></article></body></html>';
    expect(cleanSource({ format: "html", content: page, baseUrl: "https://news.example.org/x" }).meta).toMatchObject({
      title: "OG title",
      url: "https://news.example.org/a/b",
    });
  });
});

describe("metadata", () => {
  it("normalises URLs for storage and duplicate checks", () => {
    expect(normalizeArticleUrl("https://Example.ORG/a?id=3&utm_source=x&fbclid=1#top")).toBe(
      "https://example.org/a?id=3",
    );
    expect(normalizeArticleUrl("https://example.org/a")).toBe("https://example.org/a");
  });

  it("clips at a word boundary", () => {
    expect(clip("one two three four", 10)).toBe("one two…");
    expect(clip("short", 10)).toBe("short");
  });

  it("prefers given metadata, then the document's, then the first line for the title", () => {
    const found = {
      title: "Doc title",
      author: "Doc Author",
      publishedAt: "2016-02-11T14:05:00+01:00",
      url: "https://example.org/doc",
    };
    expect(resolveMetadata({ title: "Given" }, found, "First line\n\nBody", "html")).toMatchObject({
      title: "Given",
      author: "Doc Author",
      publishedAt: new Date("2016-02-11T13:05:00Z"),
      url: "https://example.org/doc",
    });
    expect(resolveMetadata({}, {}, "First line of text\n\nBody", "text").title).toBe("First line of text");
    expect(resolveMetadata({}, { url: "javascript:alert(1)", publishedAt: "not a date" }, "x", "html")).toMatchObject({
      url: null,
      publishedAt: null,
    });
    expect(() => resolveMetadata({}, {}, "", "html")).toThrow(/title/);
  });
});
