/**
 * The reader bench's framework floor: a bare Next.js app (`floor-app/`: a root layout, the
 * reader's style sheets, one page) that serves the reader's drawn HTML the way the reader does
 * (in the HTML once, kept by hydration) with one empty client component. Its time to the first
 * frame after hydration is the least any page of this stack takes for this article, whatever
 * the reader itself does; the bench prints it beside the plain page with `--floor`.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { renderHighlightedParagraphs } from "@/lib/editor/static-html";
import { freePort } from "@/lib/testing/server";
import { HIGHLIGHT_LOOK } from "@/app/(workbench)/articles/[id]/_components/reader-look";

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(import.meta.dirname, "floor-app");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const distDir = ".next-floor";

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: appDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (${code}):\n${log}`))));
  });
}

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the floor app once (its output is kept in `floor-app/.next-floor`), then serves it. */
export async function serveFloor(text: string, spans: readonly ClaimSpan[], outDir: string): Promise<FloorServer> {
  const env = { NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", FLOOR_DIST_DIR: distDir };
  if (!fs.existsSync(path.join(appDir, distDir, "BUILD_ID"))) await run(["build", "."], env);
  fs.mkdirSync(outDir, { recursive: true });
  const htmlFile = path.resolve(outDir, "floor-article.html");
  fs.writeFileSync(htmlFile, renderHighlightedParagraphs(text, splitParagraphs(text), spans, HIGHLIGHT_LOOK));
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, "start", ".", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    env: { ...process.env, ...env, FLOOR_HTML_FILE: htmlFile },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the floor app exited (${child.exitCode})`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the floor app did not answer in 60 s");
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
