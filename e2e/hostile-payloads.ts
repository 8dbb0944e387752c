/**
 * Script-injection payloads for the hostile-input spec. Each one, if it ever ran, would set
 * `window.__xss` (or `parent.__xss`) to its number or call `alert` with it; the spec watches
 * for both. They cover HTML contexts (tags, event handlers, mutation-XSS nesting), attribute
 * breakouts, raw-text element breakouts (`</textarea>`, `</title>`, `</script>` — the last one
 * aimed at Next's inline RSC payload), URL schemes, CSS, template syntax and polyglots.
 */

const raw: ((n: number) => string)[] = [
  (n) => `<script>window.__xss=${n}</script>`,
  (n) => `<img src=x onerror="window.__xss=${n}">`,
  (n) => `<svg onload="window.__xss=${n}">`,
  (n) => `"><script>window.__xss=${n}</script>`,
  (n) => `'><img src=x onerror=window.__xss=${n}>`,
  (n) => `" autofocus onfocus="window.__xss=${n}" x="`,
  (n) => `' onmouseover='window.__xss=${n}' x='`,
  (n) => `</textarea><script>window.__xss=${n}</script>`,
  (n) => `</title><script>window.__xss=${n}</script>`,
  (n) => `</script><script>window.__xss=${n}</script>`,
  (n) => `</style><img src=x onerror=window.__xss=${n}>`,
  (n) => `{{constructor.constructor('window.__xss=${n}')()}}`,
  (n) => `\${alert(${n})}`,
  (n) => `<div style="width:expression(window.__xss=${n})">css</div>`,
  (n) => `<div style="background:url('javascript:window.__xss=${n}')">css</div>`,
  (n) => `<a href="javascript:window.__xss=${n}">click</a>`,
  (n) => `<a href="&#106;avascript:window.__xss=${n}">entity</a>`,
  (n) => `<iframe src="javascript:parent.__xss=${n}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.__xss=${n}</script>"></iframe>`,
  (n) => `<object data="javascript:window.__xss=${n}"></object>`,
  (n) => `<embed src="javascript:window.__xss=${n}">`,
  (n) => `<body onload=window.__xss=${n}>`,
  (n) => `<details open ontoggle=window.__xss=${n}>`,
  (n) => `<input autofocus onfocus=window.__xss=${n}>`,
  (n) => `<video><source onerror="window.__xss=${n}"></video>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=${n}>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=window.__xss=${n}>">`,
  (n) => `<!--<img src="--><img src=x onerror=window.__xss=${n}//">`,
  (n) => `<scr<script>ipt>window.__xss=${n}</scr</script>ipt>`,
  (n) => `&lt;script&gt;window.__xss=${n}&lt;/script&gt;`,
  (n) => `<svg><script>window.__xss=${n}</script></svg>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=${n}">`,
  (n) => `<img src=x:alert(alt) onerror=eval(src) alt=${n}>`,
  (n) => `<a href="data:text/html,<script>alert(${n})</script>">data</a>`,
  (n) => `\u003cscript\u003ewindow.__xss=${n}\u003c/script\u003e`,
  (n) =>
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=window.__xss=${n} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__xss=${n}//>\\x3e`,
];

/** The payloads, numbered from 1. */
export const PAYLOADS: string[] = raw.map((make, i) => make(i + 1));

/** The i-th payload, cycling, for fields that hold one. */
export const payload = (i: number): string => PAYLOADS[i % PAYLOADS.length]!;

/** Payloads joined until `max` characters, for fields with a length limit. */
export function payloadsUpTo(max: number, from = 0): string {
  let out = "";
  for (let i = from; i < from + PAYLOADS.length; i++) {
    const next = out ? `${out} ${payload(i)}` : payload(i);
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** Script URLs that every URL field must refuse (they would run when the link is followed). */
export const SCRIPT_URLS = [
  "javascript:window.__xss=101",
  "JaVaScRiPt:window.__xss=102",
  " javascript:window.__xss=103",
  "java\tscript:window.__xss=104",
  "javascript://example.org/%0Awindow.__xss=105",
  "data:text/html,<script>alert(106)</script>",
  "vbscript:msgbox(107)",
];

/** A hostile HTML document for import: payloads in the head, metadata, body and attributes. */
export function hostileHtml(marker: string): string {
  return `<!doctype html><html><head>
<title>Hostile page ${marker} ${payload(8)}</title>
<meta property="og:title" content="${payload(3).replace(/"/g, "&quot;")}">
<meta property="og:url" content="javascript:window.__xss=201">
<link rel="canonical" href="javascript:window.__xss=202">
<meta name="author" content="&lt;img src=x onerror=window.__xss=203&gt;">
<script>window.__xss=204</script>
<style>body{background:url("javascript:window.__xss=205")}</style>
</head><body onload="window.__xss=206">
<article>
<h1>Hostile page ${marker}</h1>
<p>The harbour authority counted many ships this week in the port of ${marker}, officials said.</p>
<p onclick="window.__xss=207">A paragraph with an inline handler: <a href="javascript:window.__xss=208">a script link</a> and <img src=x onerror="window.__xss=209"> an image.</p>
<p>Escaped markup stays text: &lt;script&gt;window.__xss=210&lt;/script&gt; and &lt;img src=x onerror=window.__xss=211&gt;.</p>
<iframe src="javascript:parent.__xss=212"></iframe>
<svg><script>window.__xss=213</script></svg>
<p>${PAYLOADS.slice(0, 12).join(" ")}</p>
</article></body></html>`;
}

/** A hostile Markdown file: script links, raw HTML and reference links. */
export function hostileMarkdown(marker: string): string {
  return `# Hostile notes ${marker}

The river authority in ${marker} reported high water on the lower bank, its spokesman said.

A [script link](javascript:window.__xss=301) and an ![image](javascript:window.__xss=302) and [ref][evil].

<img src=x onerror="window.__xss=303"> <script>window.__xss=304</script>

[evil]: javascript:window.__xss=305
`;
}
