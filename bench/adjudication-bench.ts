/**
 * Adjudication page bench: time to interactive of the adjudication page on a long article with
 * three annotators' layers, against the same page on the same article with one layer, in one run.
 *
 *   NEXT_DIST_DIR=.next-adjudication npx next build      # once, after changes
 *   NEXT_DIST_DIR=.next-adjudication npx tsx bench/adjudication-bench.ts [--chars 200000] [--claims 2000] [--runs 5]
 *
 * Data (`adjudication/setup.ts`): a generated article of `--chars` characters; three layers of
 * `--claims` claims each, adjudication opened by the workflow's own `settleAnnotatedArticle`; the
 * same article with the first layer alone in a second project.
 *
 * "Ready" is what the peer benchmark (../shared/bench-peers) calls ready, measured in the page by
 * a script injected before the page's own: from navigation start until every claim passage the
 * page draws is in the DOM (as many distinct `data-unit` passages as a settled load of the page
 * shows), then two animation frames (a frame with them was produced), then the first idle period
 * of at least 40 ms (`requestIdleCallback` with `timeRemaining() ≥ 40`: hydrated, the main thread
 * gone quiet). Also "present" (the first moment they were all there, 10 ms poll) and the first
 * byte. Each load in a new tab of one signed-in context, warm cache, one warm-up each, then the
 * two pages alternating so load from other processes falls on both alike; medians. The machine's
 * load average is printed: other processes skew both sides.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import type { BrowserContext } from "@playwright/test";
import { startServer } from "@/test/support/server";
import { median } from "./reader/measure";
import { createAdjudicationBenchData } from "./adjudication/setup";
import { launchBenchBrowser, requireBuild, signInTab } from "./support/app";

const { values } = parseArgs({
  options: {
    chars: { type: "string", default: "200000" },
    claims: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "11" },
  },
});
const chars = Number(values.chars);
const claims = Number(values.claims);
const runs = Number(values.runs);
requireBuild(".next-adjudication");

/** Runs in the page before its own scripts: resolves `window.__ready` as bench-peers' settle does. */
const MEASURE = `(() => {
  const expected = Number(sessionStorage.getItem("bench:units") || "0");
  const drawn = () => new Set([...document.querySelectorAll(".adjudication-text [data-unit]")].map((e) => e.getAttribute("data-unit"))).size;
  const raf2 = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const quiet = () => new Promise((resolve) => {
    const t0 = performance.now();
    const again = () => requestIdleCallback((d) => {
      const now = performance.now();
      if (d.timeRemaining() >= 39 || now - t0 > 10000) resolve({ t: now, capped: d.timeRemaining() < 39 });
      else again();
    });
    again();
  });
  window.__ready = (async () => {
    for (;;) {
      const n = document.readyState === "loading" && !document.querySelector(".adjudication-text") ? 0 : drawn();
      if (n > 0 && n >= expected) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const present = performance.now();
    await raf2();
    const q = await quiet();
    const nav = performance.getEntriesByType("navigation")[0];
    return { present, ready: q.t, capped: q.capped, firstByte: nav ? nav.responseStart : NaN, drawn: drawn(),
      nodes: document.getElementsByTagName("*").length };
  })();
})();`;

interface Load {
  present: number;
  ready: number;
  capped: boolean;
  firstByte: number;
  drawn: number;
  nodes: number;
}

/** One load of `url` in a new tab, waiting for `expected` drawn passages (0: any). */
async function load(context: BrowserContext, url: string, expected: number): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.addInitScript(`sessionStorage.setItem("bench:units", "${expected}");`);
    await page.addInitScript(MEASURE);
    await page.goto(url, { waitUntil: "commit", timeout: 300_000 });
    await page.waitForFunction(() => "__ready" in window, null, { timeout: 300_000 });
    return (await page.evaluate(() => (window as unknown as { __ready: Promise<unknown> }).__ready)) as Load;
  } finally {
    await page.close();
  }
}

const sec = (x: number) => `${(x / 1000).toFixed(3)} s`;
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");

async function main() {
  const loadBefore = os.loadavg();
  let t = performance.now();
  const data = await createAdjudicationBenchData({ chars, claims, seed: Number(values.seed) });
  console.log(
    `data: ${data.text.length.toLocaleString("en-US")} chars; three layers × ${claims} claims → ${data.units.threeLayers} units; one layer: ${data.units.oneLayer} units (${sec(performance.now() - t)})`,
  );
  const server = await startServer({ databaseUrl: data.database.url });
  const browser = await launchBenchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    await signInTab(context, server.url, data.adjudicator);
    const three = `${server.url}${data.threeLayers}`;
    const one = `${server.url}${data.oneLayer}`;

    // Warm-up, which also finds how many passages each page draws when settled.
    t = performance.now();
    const expectThree = (await load(context, three, 0)).drawn;
    const expectOne = (await load(context, one, 0)).drawn;
    const loads = { three: [] as Load[], one: [] as Load[] };
    for (let i = 0; i < runs; i++) {
      loads.three.push(await load(context, three, expectThree));
      loads.one.push(await load(context, one, expectOne));
    }
    const loadAfter = os.loadavg();
    const a = median(loads.one.map((r) => r.ready));
    const b = median(loads.three.map((r) => r.ready));
    const row = (label: string, ls: Load[]) =>
      console.log(
        `${label} ready ${sec(median(ls.map((r) => r.ready)))} [${list(ls.map((r) => r.ready))}] ms; present ${sec(median(ls.map((r) => r.present)))}; first byte ${sec(median(ls.map((r) => r.firstByte)))}; ${ls[0]!.drawn} passages, ${ls[0]!.nodes} DOM nodes${ls.some((r) => r.capped) ? "; idle wait capped in some runs" : ""}`,
      );
    console.log(
      `\nAdjudication page bench (${runs} runs each, medians; headless Chromium, warm cache; ${sec(performance.now() - t)} in all)`,
    );
    row("(a) one layer,    ", loads.one);
    row("(b) three layers, ", loads.three);
    console.log(`ratio b / a  ${(b / a).toFixed(2)}×`);
    console.log(
      `load average (1, 5, 15 min): before ${loadBefore.map((x) => x.toFixed(2)).join(", ")}; after ${loadAfter.map((x) => x.toFixed(2)).join(", ")}; ${os.cpus().length} CPUs`,
    );
  } finally {
    await browser.close();
    await server.stop();
    await data.database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
