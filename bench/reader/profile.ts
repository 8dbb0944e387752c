/**
 * Where the reader's load time goes, for one warm load of the bench article: navigation
 * timing, the reader's own marks, long tasks, and the transfer size of the page.
 *
 *   NEXT_DIST_DIR=.next-reader npx tsx bench/reader/profile.ts [--trace out.json]
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { startServer } from "@/test/support/server";
import { launchBenchBrowser, signInTab } from "../support/app";
import { createBenchData } from "./setup";

const { values } = parseArgs({
  options: {
    trace: { type: "string" },
    cpuprofile: { type: "string" },
    chars: { type: "string", default: "200000" },
    claims: { type: "string", default: "2000" },
  },
});
process.env.NEXT_DIST_DIR ??= ".next-reader";

const data = await createBenchData({ chars: Number(values.chars), claims: Number(values.claims), seed: 7 });
const server = await startServer({ databaseUrl: data.database.url });
const browser = await launchBenchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await signInTab(context, server.url, data.user);
  const url = `${server.url}/articles/${data.articleId}`;
  for (let i = 0; i < 3; i++) {
    const p = await context.newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration })),
      ).observe({ type: "longtask", buffered: true });
    });
    if (values.trace && i === 2) await browser.startTracing(p, { path: values.trace, screenshots: false });
    const cdp = values.cpuprofile && i === 2 ? await context.newCDPSession(p) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await p.goto(url, { waitUntil: "commit" });
    await p.waitForFunction(() => performance.getEntriesByName("reader:ready").length > 0, null, { timeout: 60_000 });
    if (values.trace && i === 2) await browser.stopTracing();
    if (cdp && values.cpuprofile)
      fs.writeFileSync(values.cpuprofile, JSON.stringify((await cdp.send("Profiler.stop")).profile));
    const report = await p.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const marks = [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("measure")].map(
        (m) => `${m.name} ${m.startTime.toFixed(0)}+${m.duration.toFixed(1)}`,
      );
      const paint = performance.getEntriesByType("paint").map((m) => `${m.name} ${m.startTime.toFixed(0)}`);
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const scripts = resources
        .filter((r) => r.initiatorType === "script")
        .map(
          (r) =>
            `${r.name.split("/").pop()} ${(r.decodedBodySize / 1024).toFixed(0)}KB ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`,
        );
      const long = (window as unknown as { __long: { start: number; duration: number }[] }).__long.map(
        (l) => `${l.start.toFixed(0)}+${l.duration.toFixed(0)}`,
      );
      return {
        ttfb: nav.responseStart.toFixed(0),
        responseEnd: nav.responseEnd.toFixed(0),
        html: `${(nav.decodedBodySize / 1024).toFixed(0)} KB (${(nav.encodedBodySize / 1024).toFixed(0)} KB on the wire)`,
        domInteractive: nav.domInteractive.toFixed(0),
        dcl: nav.domContentLoadedEventEnd.toFixed(0),
        load: nav.loadEventEnd.toFixed(0),
        paint,
        marks,
        long,
        scripts,
      };
    });
    console.log(JSON.stringify(report, null, 1));
    await p.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await data.database.drop();
}
