/**
 * The reader's first actions on articles of a running instance (e.g. the ones the peer bench
 * imported, whose ids its log prints), in the same conditions as the peer bench's loads:
 *
 *   npx tsx bench/reader-actions.ts --base http://127.0.0.1:3000 --articles ID[,ID…] [--runs 3]
 *
 * Signs in as CLAIMBENCH_EMAIL / CLAIMBENCH_PASSWORD (default the demo annotator) and prints, per
 * article, medians of:
 * - first tag, editor not built: select three words as soon as the page is interactive, press T;
 *   from the key press to the first frame painted with the tagging form open;
 * - first tag, editor built: the same after a press in the text has built the editor;
 * - add a claim: the browser's work from Save to the highlight in the DOM, and from the response
 *   to the next painted frame (the claim is deleted again).
 */
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { addOneClaim, firstTag, median } from "./reader/measure";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: process.env.CLAIMBENCH_BASE ?? "http://127.0.0.1:3000" },
    articles: { type: "string" },
    runs: { type: "string", default: "3" },
  },
});
if (!values.articles) {
  console.error("Pass --articles ID[,ID…] (article ids of the instance at --base).");
  process.exit(2);
}
const runs = Number(values.runs);
const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(", ");

const browser = await chromium.launch({
  executablePath: fs.existsSync(chromium.executablePath()) ? undefined : "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const signIn = await context.newPage();
  await signIn.goto(`${values.base}/signin`);
  await signIn.getByLabel("Email").fill(process.env.CLAIMBENCH_EMAIL ?? "annotator@claimbench.test");
  await signIn.getByLabel("Password").fill(process.env.CLAIMBENCH_PASSWORD ?? "claimbench-demo");
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await signIn.waitForURL((u) => !u.pathname.startsWith("/signin"));
  await signIn.close();
  console.log(
    "article | first tag, editor not built (ms) | first tag, editor built (ms) | add claim: Save → DOM / response → paint (ms)",
  );
  for (const id of values.articles.split(",")) {
    const url = `${values.base}/articles/${encodeURIComponent(id)}`;
    const cold = [];
    const warm = [];
    const adds = [];
    for (let i = 0; i < runs; i++) {
      cold.push(await firstTag(context, url, false));
      warm.push(await firstTag(context, url, true));
      adds.push(await addOneClaim(context, url));
    }
    const work = adds.map((r) => r.beforeRequest + r.responseToDom);
    const paint = adds.map((r) => r.responseToPaint);
    const builtBefore = cold.filter((r) => r.built).length;
    console.log(
      `${id} | ${median(cold.map((r) => r.ms)).toFixed(1)} [${list(cold.map((r) => r.ms))}]` +
        `${builtBefore ? ` (editor already built in ${builtBefore})` : ""} | ` +
        `${median(warm.map((r) => r.ms)).toFixed(1)} [${list(warm.map((r) => r.ms))}] | ` +
        `${median(work).toFixed(1)} / ${median(paint).toFixed(1)} [${list(paint)}]`,
    );
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${os.cpus().length} CPUs`,
  );
} finally {
  await browser.close();
}
