import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ALLOWED_SCHEMES, ALLOWED_TAGS, sanitizeArticleHtml } from "./sanitize-html";

const HOSTILE = `
<p onclick="steal()" style="color:red" class="lead" id="x">Hi <b>bold</b> <i>it</i>
<a href="javascript:alert(1)">js</a> <a href="JaVaScRiPt:alert(1)">js2</a> <a href="jav&#x09;ascript:alert(1)">js3</a>
<a href=" javascript:alert(1)">js4</a> <a href="&#106;avascript:alert(1)">js5</a> <a href="vbscript:msgbox(1)">vb</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a> <a href="//evil.example/x">proto-relative</a>
<a href="/relative">relative</a> <a href="https://ok.example/a?b=1&c=2" target="_blank" rel="opener" onmouseover="x()">ok</a>
<a href="mailto:desk@example.org">mail</a></p>
<img src=x onerror="alert(2)"><svg onload="alert(3)"><script>alert(4)</script><foreignObject><p>in svg</p></foreignObject></svg>
<iframe src="javascript:alert(5)">iframe text</iframe><iframe srcdoc="<script>alert(6)</script>"></iframe>
<form action="https://evil.example"><input value="x" onfocus="alert(7)" autofocus><button formaction="javascript:alert(8)">Go</button></form>
<style>body{background:url("javascript:alert(9)")}</style><link rel="stylesheet" href="https://evil.example/x.css">
<math><mtext><table><mglyph><style><img src=x onerror=alert(10)></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror=alert(11)>"></noscript><!-- <script>alert(12)</script> -->
<object data="x.swf"></object><embed src="x.swf"><base href="javascript:alert(13)//">
<meta http-equiv="refresh" content="0;url=javascript:alert(14)"><template><script>alert(15)</script></template>
<h2 id="h" onclick="x()">Heading</h2><ul><li>one</li></ul><ol><li>two</li></ol><blockquote cite="javascript:x">quote</blockquote>
<div>div text</div><table><tr><td>cell</td></tr></table><strong>s</strong><em>e</em><br>
<scr<script>ipt>alert(16)</scr</script>ipt>
`;

/** Every element and attribute that survived, read back with a real HTML parser. */
function inventory(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const elements = Array.from(document.body.querySelectorAll("*"));
  return {
    tags: new Set(elements.map((e) => e.localName)),
    attributes: elements.flatMap((e) => e.getAttributeNames().map((a) => `${e.localName}[${a}]`)),
    hrefs: elements.filter((e) => e.hasAttribute("href")).map((e) => e.getAttribute("href") ?? ""),
  };
}

describe("sanitizeArticleHtml", () => {
  const out = sanitizeArticleHtml(HOSTILE);
  const { tags, attributes, hrefs } = inventory(out);

  it("keeps only allowlisted tags and a[href]", () => {
    for (const tag of tags) expect(ALLOWED_TAGS).toContain(tag);
    for (const attr of attributes) expect(attr).toBe("a[href]");
  });

  it("keeps only absolute http, https and mailto links", () => {
    expect(hrefs).toEqual(["https://ok.example/a?b=1&c=2", "mailto:desk@example.org"]);
    for (const href of hrefs) expect(ALLOWED_SCHEMES).toContain(new URL(href).protocol.slice(0, -1));
  });

  it("leaves nothing executable or styled", () => {
    expect(out).not.toMatch(
      /<\s*(script|style|svg|math|iframe|object|embed|form|input|button|base|meta|link|img|template)/i,
    );
    expect(out).not.toMatch(/\bon[a-z]+\s*=|javascript:|vbscript:|data:|style\s*=|srcdoc/i);
    expect(out).not.toMatch(/alert\((?!16\))\d+\)|steal\(\)/);
    // The split-tag trick "<scr<script>ipt>" survives only as escaped, inert text.
    expect(out).toContain("ipt&gt;alert(16)ipt&gt;");
  });

  it("keeps the readable structure", () => {
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<em>it</em>");
    expect(out).toContain("<h2>Heading</h2><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote>");
    expect(out).toContain("div text");
    expect(out).toContain("<a>js</a>");
  });

  it("is idempotent", () => {
    expect(sanitizeArticleHtml(out)).toBe(out);
  });

  it("passes harmless article HTML through unchanged", () => {
    const clean =
      '<h1>Title</h1><p>Text with <a href="https://example.org/x">a link</a>.<br />Next line.</p><blockquote><p>Quote</p></blockquote>';
    expect(sanitizeArticleHtml(clean)).toBe(clean);
  });
});
