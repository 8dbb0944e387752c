/**
 * Reader benchmark: how fast the annotation reader is interactive on a long, densely annotated
 * article, against a plain HTML page of the same text with the same `<mark>`s, in one run.
 *
 *   NEXT_DIST_DIR=.next-reader npx next build        # once, after changes
 *   NEXT_DIST_DIR=.next-reader npx tsx bench/reader-bench.ts [--chars 200000] [--claims 2000] [--runs 5]
 *
 * (a) baseline: navigation start → first frame painted after the static page is parsed.
 * (b) reader:   navigation start → first frame painted with the reader interactive: hydrated,
 *     every handler attached, all N claims drawn in the text (checked). The TipTap editor's
 *     code is loaded and the editor built after that, when the browser is idle or at the first
 *     press/focus/key in the text (keys and selections work on the browser's own selection
 *     meanwhile); also printed: when it has taken over (b'), and what building it costs. Checked
 *     once: pressing in the text right at (b), then shift+arrows and T, opens the tagging form.
 * The app serves without compression by default (COMPRESS_RESPONSES), like the baseline.
 * (c) add one claim: the browser's work from Save to the highlight in the DOM (before the
 *     request leaves + from the response to the DOM), and from the response to the next paint.
 * (f) with --floor: the framework floor, a bare Next.js page (`reader/floor-app`) with the same
 *     drawn HTML, sent the same way, and one empty client component: navigation start → first
 *     frame after it has hydrated. The least a page of this stack can take for this article;
 *     the reader's distance from it is what the reader's own code costs.
 * Medians of `--runs` warm-cache loads (one warm-up each first, then a and b alternating),
 * headless Chromium, each load in a new tab. Twice: first with a page of the app open in
 * another tab, as when an annotator opens an article from the workbench (Chromium then gives
 * the new tabs that tab's running renderer process), then with no page of the app open (each
 * tab starts a renderer process, and the reader's JavaScript engine starts from nothing).
 * The machine's load average is printed: other processes skew both sides.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "@playwright/test";
import { startServer, type RunningServer } from "@/test/support/server";
import {
  addOneClaim,
  baselineHtml,
  loadBaseline,
  loadReader,
  median,
  serveHtml,
  type LoadRun,
  type ReaderRun,
} from "./reader/measure";
import { serveFloor } from "./reader/floor";
import { createBenchData } from "./reader/setup";
import { launchBenchBrowser, requireBuild, signInTab } from "./support/app";

const { values } = parseArgs({
  options: {
    chars: { type: "string", default: "200000" },
    claims: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "7" },
    floor: { type: "boolean", default: false },
  },
});
const chars = Number(values.chars);
const claimCount = Number(values.claims);
const runs = Number(values.runs);
requireBuild(".next-reader");

const ms = (x: number) => `${x.toFixed(1)} ms`;
const sec = (x: number) => `${(x / 1000).toFixed(3)} s`;
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");

async function main() {
  let t = performance.now();
  const data = await createBenchData({ chars, claims: claimCount, seed: Number(values.seed) });
  console.log(
    `data: ${data.text.length.toLocaleString("en-US")} chars, ${data.spans.length} claims ` +
      `(nested ${data.mix.nested}, enclosing ${data.mix.enclosing}, partial ${data.mix.partial}, identical ${data.mix.identical}, across paragraphs ${data.mix.crossParagraph}) in ${sec(performance.now() - t)}`,
  );
  const server = await startServer({ databaseUrl: data.database.url });
  const baseline = await serveHtml(baselineHtml(data.text, data.spans));
  let floor: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    if (values.floor) floor = await serveFloor(data.text, data.spans, path.join(import.meta.dirname, "out"));
    browser = await launchBenchBrowser();
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const signIn = await signInTab(context, server.url, data.user);
    const readerUrl = `${server.url}/articles/${data.articleId}`;

    t = performance.now();
    /**
     * Warm both caches, then alternate, so that load from other processes on the machine falls
     * on both sides alike rather than on whichever ran second. Every load opens a new tab.
     */
    const measureLoads = async () => {
      await loadBaseline(context, baseline.url, data.spans.length);
      await loadReader(context, readerUrl, data.spans.length);
      if (floor) await loadBaseline(context, floor.url, data.spans.length, "floor:ready");
      const loads = { base: [] as LoadRun[], reader: [] as ReaderRun[], floors: [] as LoadRun[] };
      for (let i = 0; i < runs; i++) {
        loads.base.push(await loadBaseline(context, baseline.url, data.spans.length));
        loads.reader.push(await loadReader(context, readerUrl, data.spans.length));
        if (floor) loads.floors.push(await loadBaseline(context, floor.url, data.spans.length, "floor:ready"));
      }
      return loads;
    };
    // With the workbench open in a tab (the articles list, where the sign-in landed), as when an
    // annotator opens an article: Chromium gives the new tabs that tab's renderer process, whose
    // JavaScript engine is already running. Then with no page of the app open: each tab starts
    // a renderer process of its own, and the reader pays that start-up on top.
    const warm = await measureLoads();
    await signIn.close();
    const cold = await measureLoads();

    const check = await context.newPage();
    await check.goto(readerUrl, { waitUntil: "commit" });
    await check.waitForFunction(() => performance.getEntriesByName("reader:ready").length > 0, null, {
      polling: "raf",
    });
    await check.locator(".reader-doc").click({ position: { x: 5, y: 5 } });
    const builtOnDemand = await check.evaluate(
      () =>
        (performance.getEntriesByName("editor:create")[0]?.startTime ?? 0) >
        (performance.getEntriesByName("reader:ready")[0]?.startTime ?? Infinity),
    );
    for (let i = 0; i < 12; i++) await check.keyboard.press("Shift+ArrowRight");
    await check.keyboard.press("t");
    const selectable = await check.locator(".tag-popover").isVisible();
    await check.close();

    const adds = [];
    for (let i = 0; i < runs; i++) adds.push(await addOneClaim(context, readerUrl));

    console.log(`\nReader bench (${runs} runs each, medians; headless Chromium, warm cache)`);
    const report = (title: string, { base, reader, floors }: Awaited<ReturnType<typeof measureLoads>>) => {
      const a = median(base.map((r) => r.ready));
      const b = median(reader.map((r) => r.ready));
      console.log(title);
      console.log(
        `(a) plain HTML + <mark>s, first frame after parse   ${sec(a)}   [${list(base.map((r) => r.ready))}] ms   FCP ${sec(median(base.map((r) => r.fcp)))}`,
      );
      console.log(
        `(b) reader interactive, all ${data.spans.length} highlights drawn   ${sec(b)}   [${list(reader.map((r) => r.ready))}] ms   FCP ${sec(median(reader.map((r) => r.fcp)))}`,
      );
      const phases = Object.keys(reader[0]?.phases ?? {});
      console.log(
        `    where (b) goes, medians: ${phases.map((k) => `${k} ${median(reader.map((r) => r.phases?.[k] ?? NaN)).toFixed(0)}`).join(", ")}, ready ${b.toFixed(0)} ms`,
      );
      console.log(`    ratio b / a                                       ${(b / a).toFixed(2)}×   (target ≤ 1.5×)`);
      // The same from each page's first byte: the browser's share alone, without the server's
      // (the baseline's server is a static string; the app renders the page on each request).
      const fromFirstByte = (loads: readonly LoadRun[]) =>
        median(loads.map((r) => r.ready - (r.phases?.["first byte"] ?? NaN)));
      const a1 = fromFirstByte(base);
      const b1 = fromFirstByte(reader);
      console.log(
        `    from first byte: plain ${sec(a1)}, reader ${sec(b1)}, ratio ${(b1 / a1).toFixed(2)}×; reader's first byte ${ms(median(reader.map((r) => r.phases?.["first byte"] ?? NaN)))}`,
      );
      if (floors.length) {
        const f = median(floors.map((r) => r.ready));
        console.log(
          `(f) framework floor: bare Next.js page, same HTML    ${sec(f)}   [${list(floors.map((r) => r.ready))}] ms   ratio f / a ${(f / a).toFixed(2)}×; reader b / f ${(b / f).toFixed(2)}×; floor's first byte ${ms(median(floors.map((r) => r.phases?.["first byte"] ?? NaN)))}`,
        );
      }
    };
    report("With the workbench open in another tab (the renderer process is shared and running):", warm);
    report("With no page of the app open (each load starts a renderer process):", cold);
    const reader = warm.reader;
    const a = median(warm.base.map((r) => r.ready));
    const clientWork = adds.map((r) => r.beforeRequest + r.responseToDom);
    const b2 = median(reader.map((r) => r.editorReady));
    console.log(
      `(b') editor built in idle time and painted           ${sec(b2)}   [${list(reader.map((r) => r.editorReady))}] ms   ratio b' / a ${(b2 / a).toFixed(2)}× (workbench open)`,
    );
    console.log(
      `    building the editor takes ${ms(median(reader.map((r) => r.build)))} [${reader.map((r) => r.build.toFixed(0)).join(", ")}]: the one-off wait of a press/key in the text before (b')`,
    );
    console.log(
      `    pressing in the text at (b) ${builtOnDemand ? "built the editor on demand" : "found the editor already built"}; it then takes a keyboard selection (Shift+→, T opens the form): ${selectable ? "yes" : "NO"}`,
    );
    console.log(
      `(c) add one claim, browser work Save → highlight in DOM  ${ms(median(clientWork))}   [${clientWork.map((x) => x.toFixed(1)).join(", ")}]`,
    );
    console.log(
      `    of which before the request ${ms(median(adds.map((r) => r.beforeRequest)))}, response → DOM ${ms(median(adds.map((r) => r.responseToDom)))}; ` +
        `response → next painted frame ${ms(median(adds.map((r) => r.responseToPaint)))} (target ≤ 16 ms); server round trip ${ms(median(adds.map((r) => r.server)))}`,
    );
    console.log(
      `measured in ${sec(performance.now() - t)}; load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")} on ${os.cpus().length} CPUs`,
    );
  } finally {
    await browser?.close();
    await baseline.close();
    await floor?.stop();
    await server.stop();
    await data.database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
