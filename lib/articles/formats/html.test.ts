import { describe, expect, it } from "vitest";
import { cleanText } from "../cleaning/clean-text";
import { readCorpusFile } from "@/lib/seed/corpus";
import { extractFromHtml } from "./html";

const PARAGRAPHS = [
  "Russia said Thursday it was ready to discuss a ceasefire in Syria as foreign ministers gathered in Munich in a bid to kick-start peace talks.",
  "Tens of thousands of Syrians have fled to the Turkish border as government forces, backed by Russian bombers, bombard the northern city.",
  "The first round of talks in Geneva collapsed earlier this month over the bombardment of Aleppo, where observers say hundreds have been killed.",
  "Washington said it wants a ceasefire and humanitarian access to besieged cities but has threatened an unspecified plan if talks fail.",
];

const HOSTILE_PAGE = `<!doctype html>
<html><head>
<title>Russia ready to discuss Syria ceasefire | Example News</title>
<meta property="og:title" content="Russia ready to discuss Syria ceasefire at international talks">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-02-11T14:05:00+01:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="/world/russia-syria-ceasefire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Russia ready to discuss Syria ceasefire","datePublished":"2016-02-11T14:05:00+01:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example News Agency"}}</script>
<script>window.evil = function () { alert("head script") }</script>
<style>p { background: url("javascript:alert('css')") }</style>
</head>
<body onload="alert('body onload')">
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Navigation text</li></ul></nav>
<form action="/subscribe"><p>Subscribe to our newsletter form text</p><input name="email"><button onclick="alert('btn')">Sign up</button></form>
<article>
  <h1>Russia ready to discuss Syria ceasefire at international talks</h1>
  <p>${PARAGRAPHS[0]}<img src="x" onerror="alert('img')"></p>
  <p>${PARAGRAPHS[1]} <a href="javascript:alert('link')">Link text stays</a>.</p>
  <svg onload="alert('svg')"><script>alert("svg script")</script><text>svg text</text></svg>
  <iframe src="https://evil.example/embed">iframe fallback text</iframe>
  <h2>Talks in Geneva</h2>
  <p>${PARAGRAPHS[2]}</p>
  <blockquote><p>There is no question that the situation is difficult, a diplomat said.</p></blockquote>
  <ul><li>First listed point about the talks</li><li>Second listed point</li></ul>
  <p>${PARAGRAPHS[3]}<script>document.write("inline script")</script></p>
  <p style="display:none">Hidden paragraph text</p>
  <noscript>Enable JavaScript text</noscript>
</article>
<aside><h3>Most read</h3><p>Aside teaser text about something else entirely.</p></aside>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><p>Commenter prose that should not be kept in the article text.</p></section>
<footer><p>Footer copyright text</p></footer>
</body></html>`;

describe("extractFromHtml on a hostile page", () => {
  const result = extractFromHtml(HOSTILE_PAGE, "https://news.example.com/world/page?id=1");

  it("reads metadata from JSON-LD, meta tags and the canonical link", () => {
    expect(result).toMatchObject({
      title: "Russia ready to discuss Syria ceasefire",
      author: "Jane Doe",
      publishedAt: "2016-02-11T14:05:00+01:00",
      publisher: "Example News Agency",
      canonicalUrl: "https://news.example.com/world/russia-syria-ceasefire",
    });
  });

  it("keeps paragraphs, headings, list items and quotes as separate paragraphs", () => {
    const paragraphs = result.text.split("\n\n");
    for (const p of PARAGRAPHS.slice(0, 1).concat(PARAGRAPHS.slice(2))) expect(paragraphs).toContain(p);
    expect(paragraphs).toContain(`${PARAGRAPHS[1]} Link text stays.`);
    expect(paragraphs).toContain("Talks in Geneva");
    expect(paragraphs).toContain("There is no question that the situation is difficult, a diplomat said.");
    expect(paragraphs).toContain("First listed point about the talks");
    expect(paragraphs).toContain("Second listed point");
  });

  it("leaves no code, chrome, hidden text or comments in the text", () => {
    expect(result.text).not.toMatch(/alert|script|javascript|window\.evil|document\.write|background/i);
    for (const junk of [
      "svg text",
      "iframe fallback",
      "Navigation text",
      "newsletter form",
      "Sign up",
      "Hidden paragraph",
      "Enable JavaScript",
      "Aside teaser",
      "Footer copyright",
      "Commenter prose",
    ]) {
      expect(result.text).not.toContain(junk);
    }
  });

  it("returns canonical text", () => {
    expect(cleanText(result.text).text).toBe(result.text);
  });
});

describe("extractFromHtml metadata sources", () => {
  it("reads citation_* tags when there is no JSON-LD", () => {
    const html = `<html><head>
      <meta name="citation_title" content="A Study of Ceasefires">
      <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
      <meta name="citation_publication_date" content="2013/02/20">
      <meta name="citation_journal_title" content="Journal of Peace Research">
      <meta property="og:url" content="https://journal.example.org/a/1">
      </head><body><p>${PARAGRAPHS.join("</p><p>")}</p></body></html>`;
    expect(extractFromHtml(html)).toMatchObject({
      title: "A Study of Ceasefires",
      author: "Doe, Jane, Roe, John",
      publishedAt: "2013-02-20",
      publisher: "Journal of Peace Research",
      canonicalUrl: "https://journal.example.org/a/1",
    });
  });

  it("survives broken JSON-LD, ignores URL-valued authors and non-http canonical links", () => {
    const html = `<html><head><script type="application/ld+json">{ not json</script>
      <meta property="article:author" content="https://facebook.com/someone">
      <link rel="canonical" href="javascript:alert(1)"></head>
      <body><article><p>${PARAGRAPHS.join("</p><p>")}</p></article></body></html>`;
    const result = extractFromHtml(html);
    expect(result.author).toBeUndefined();
    expect(result.canonicalUrl).toBeUndefined();
    expect(result.text.split("\n\n")).toEqual(PARAGRAPHS);
  });

  it("handles fragments and empty input", () => {
    expect(extractFromHtml("<p>Just one sentence.</p><script>alert(1)</script>").text).toBe("Just one sentence.");
    expect(extractFromHtml("").text).toBe("");
  });
});

describe("extractFromHtml on a corpus article rendered as HTML", () => {
  it("yields the same canonical text as the plain-text path", () => {
    const raw = readCorpusFile("004_4c6646da87a4e47d.txt");
    const expected = cleanText(raw).text;
    const body = expected
      .split("\n\n")
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("\n");
    const html = `<html><head><title>Neon Tommy</title></head><body><article>${body}</article>
      <div class="promo"><h3>Buzz</h3><p>Watch the recap here.</p></div></body></html>`;
    const result = extractFromHtml(html);
    expect(result.text).toContain("Syria’s 20-month civil war that has left over 30,000 people dead");
    expect(result.text).toBe(expected);
  });
});
