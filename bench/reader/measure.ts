/**
 * The reader bench's measurements in headless Chromium. Every time is read from the page's
 * own clock (`performance` entries, relative to navigation start), never from the driver, so
 * Playwright's round trips do not count.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Page } from "@playwright/test";
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { renderHighlightedParagraphs } from "@/lib/editor/static-html";

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

/**
 * The baseline: a static page with the same text and the same nested `<mark>`s (same markup as
 * the reader's first paint), no script but the one that marks the first frame after parsing.
 */
export function baselineHtml(text: string, spans: readonly ClaimSpan[]): string {
  const body = renderHighlightedParagraphs(text, splitParagraphs(text), spans, { tag: "mark", className: "hl" });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title>
<style>body{margin:40px auto;max-width:70ch;font:17px/1.75 system-ui,sans-serif;white-space:pre-wrap}p{margin:0 0 1em}</style></head>
<body><main>${body}</main>
<script>requestAnimationFrame(function(){setTimeout(function(){performance.mark("baseline:ready")},0)})</script></body></html>`;
}

/** Serves one HTML document on a free local port. */
export async function serveHtml(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Waits for a `performance.mark` and returns its time since navigation start (ms). */
async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
    timeout: 120_000,
    polling: 50,
  });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);
}

const firstContentfulPaint = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);

export interface LoadRun {
  ready: number;
  fcp: number;
  /** Where the time went (ms since navigation start), for the reader: server first byte and the reader's own marks. */
  phases?: Record<string, number>;
}

/**
 * (a) Navigation start to the first frame painted after the baseline page is parsed; with
 * `mark: "floor:ready"`, after the framework floor's page has hydrated (`floor.ts`).
 */
export async function loadBaseline(
  context: BrowserContext,
  url: string,
  expected: number,
  mark = "baseline:ready",
): Promise<LoadRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    const ready = await markTime(page, mark);
    const drawn = await page.evaluate(
      () => new Set([...document.querySelectorAll("[data-claim-id]")].map((e) => e.getAttribute("data-claim-id"))).size,
    );
    if (drawn !== expected) throw new Error(`expected ${expected} claims marked on ${url}, found ${drawn}`);
    const firstByte = await page.evaluate(
      () =>
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.responseStart ??
        NaN,
    );
    return { ready, fcp: await firstContentfulPaint(page), phases: { "first byte": firstByte } };
  } finally {
    await page.close();
  }
}

const countDrawn = (page: Page) =>
  page.evaluate(
    () =>
      new Set([...document.querySelectorAll(".reader-doc [data-claim-id]")].map((e) => e.getAttribute("data-claim-id")))
        .size,
  );

export interface ReaderRun extends LoadRun {
  /** Navigation start to the first frame painted after the editor (built when the browser is idle) took the text over. */
  editorReady: number;
  /** How long building the editor took: what a reader who presses or types in the text before then waits once. */
  build: number;
}

/**
 * (b) Navigation start to the first frame painted with the reader interactive: hydrated, every
 * handler attached (clicking, hovering and the claim panel work on the server-drawn text; a
 * press, focus or key in the text builds the editor at once) and every claim drawn in the text
 * (checked: `expected` distinct `data-claim-id`s inside `.reader-doc`). Also when the editor,
 * built once the browser is idle, has taken over (checked again: all claims still drawn).
 */
export async function loadReader(context: BrowserContext, url: string, expected: number): Promise<ReaderRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    const ready = await markTime(page, "reader:ready");
    const drawn = await countDrawn(page);
    if (drawn !== expected) throw new Error(`expected ${expected} claims drawn in the reader, found ${drawn}`);
    const editorReady = await markTime(page, "reader:editor-ready");
    const drawnByEditor = await countDrawn(page);
    if (drawnByEditor !== expected)
      throw new Error(`expected ${expected} claims drawn once the editor took over, found ${drawnByEditor}`);
    // No inner functions in page code: tsx would wrap them in a helper the page lacks.
    const { phases, build } = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const out: Record<string, number> = {
        "first byte": nav?.responseStart ?? NaN,
        "response end": nav?.responseEnd ?? NaN,
      };
      for (const [label, mark] of [
        ["hydrated", "reader:hydrated"],
        ["interactive", "reader:interactive"],
        ["editor created", "editor:create"],
        ["editor mounted", "editor:mounted"],
      ]) {
        out[label as string] = performance.getEntriesByName(mark as string)[0]?.startTime ?? NaN;
      }
      return { phases: out, build: performance.getEntriesByName("editor:build")[0]?.duration ?? NaN };
    });
    // Let the reader's follow-up request (the claims' fields) finish, or it would still be
    // occupying the server when the next load starts.
    await markTime(page, "reader:details");
    return { ready, fcp: await firstContentfulPaint(page), phases, editorReady, build };
  } finally {
    await page.close();
  }
}

/** Selects `words` words near the start of the editor's third paragraph, as shift+click would. */
async function selectWords(page: Page, words: number): Promise<void> {
  await page.evaluate((count) => {
    const p = document.querySelectorAll(".reader-doc p")[2];
    if (!p) throw new Error("no paragraph");
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join("");
    const first = whole.indexOf(" ") + 1;
    let last = first;
    for (let i = 0; i < count; i++) last = whole.indexOf(" ", last + 1);
    // Plain loops, no inner functions: tsx would wrap those in a helper the page lacks.
    const points: [Text, number][] = [];
    for (const offset of [first, last]) {
      let acc = 0;
      for (const n of nodes) {
        if (offset <= acc + n.data.length) {
          points.push([n, offset - acc]);
          break;
        }
        acc += n.data.length;
      }
    }
    const [[a, ao], [b, bo]] = points as [[Text, number], [Text, number]];
    (document.querySelector(".reader-doc") as HTMLElement).focus();
    window.getSelection()?.setBaseAndExtent(a, ao, b, bo);
  }, words);
}

export interface AddRun {
  beforeRequest: number;
  responseToDom: number;
  responseToPaint: number;
  server: number;
}

/**
 * (c) Adds one claim through the UI (select, T, Enter) and reads the reader's measures of the
 * browser's share; the claim is deleted again so every run sees the same article.
 */
export async function addOneClaim(context: BrowserContext, url: string): Promise<AddRun> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await markTime(page, "reader:ready");
    await markTime(page, "reader:details");
    await selectWords(page, 3);
    await page.waitForTimeout(100);
    await page.keyboard.press("t");
    await page.locator(".tag-popover").waitFor();
    const created = page.waitForResponse((r) => r.request().method() === "POST" && /\/claims$/.test(r.url()));
    const sent = Date.now();
    await page.keyboard.press("Enter");
    const response = await created;
    const server = Date.now() - sent;
    const claim = (await response.json()) as { id: string; version: number };
    await page.waitForFunction(() => performance.getEntriesByName("claim:response-to-paint").length > 0);
    const m = await page.evaluate(() => ({
      beforeRequest: performance.getEntriesByName("claim:before-request")[0]?.duration ?? NaN,
      responseToDom: performance.getEntriesByName("claim:response-to-dom")[0]?.duration ?? NaN,
      responseToPaint: performance.getEntriesByName("claim:response-to-paint")[0]?.duration ?? NaN,
    }));
    const drawn = await page.locator(`.reader-doc [data-claim-id="${claim.id}"]`).count();
    if (drawn === 0) throw new Error(`the new claim was not drawn: ${JSON.stringify(claim)}`);
    await page.evaluate(async ({ id, version }) => {
      const res = await fetch(`/api/claims/${id}?version=${version}`, { method: "DELETE" });
      if (!res.ok) throw new Error(`delete failed: ${res.status}`);
    }, claim);
    return { ...m, server };
  } finally {
    await page.close();
  }
}

export interface FirstTagRun {
  /** The tag key's press (the event's own time) to the first frame painted with the tagging form open (ms). */
  ms: number;
  /** Whether the editor had been built before the key was pressed. */
  built: boolean;
}

/**
 * (d) The first tag: select three words in the text, press T, and time from the key press to
 * the first frame painted with the tagging form open. With `built` false the words are selected
 * as soon as the page is interactive (the editor not built yet, unless the page built it on its
 * own); with `built` true after a press in the text has built the editor and it has taken over.
 */
export async function firstTag(context: BrowserContext, url: string, built: boolean): Promise<FirstTagRun> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    await markTime(page, "reader:ready");
    if (built) {
      await page.locator(".reader-doc").click({ position: { x: 5, y: 5 } });
      await markTime(page, "reader:editor-ready");
    }
    const wasBuilt = await page.evaluate(() => performance.getEntriesByName("editor:mounted").length > 0);
    await selectWords(page, 3);
    // No named inner functions in page code: tsx would wrap them in a helper the page lacks.
    await page.evaluate(() => {
      const w = window as unknown as { __tag: { key?: number; shown?: number } };
      w.__tag = {};
      window.addEventListener(
        "keydown",
        (e) => {
          if (e.key === "t" && w.__tag.key === undefined) w.__tag.key = e.timeStamp;
        },
        true,
      );
      new MutationObserver((_, observer) => {
        if (!document.querySelector(".tag-popover")) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.__tag.shown = performance.now()), 0));
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.keyboard.press("t");
    await page.waitForFunction(
      () => (window as unknown as { __tag: { shown?: number } }).__tag.shown !== undefined,
      null,
      { timeout: 30_000, polling: 20 },
    );
    const ms = await page.evaluate(() => {
      const tag = (window as unknown as { __tag: { key: number; shown: number } }).__tag;
      return tag.shown - tag.key;
    });
    return { ms, built: wasBuilt };
  } finally {
    await page.close();
  }
}
