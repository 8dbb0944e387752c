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
import { startServer, type RunningServer } from "@/test/support/server";
import { HIGHLIGHT_LOOK } from "@/app/(workbench)/articles/[id]/_components/reader-look";

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(import.meta.dirname, "floor-app");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const distDir = ".next-floor";

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], {
      cwd: appDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (${code}):\n${log}`)),
    );
  });
}

/** Builds the floor app once (its output is kept in `floor-app/.next-floor`), then serves it. */
export async function serveFloor(text: string, spans: readonly ClaimSpan[], outDir: string): Promise<RunningServer> {
  const env = { NEXT_TELEMETRY_DISABLED: "1", FLOOR_DIST_DIR: distDir };
  if (!fs.existsSync(path.join(appDir, distDir, "BUILD_ID")))
    await run(["build", "."], { ...env, NODE_ENV: "production" });
  fs.mkdirSync(outDir, { recursive: true });
  const htmlFile = path.resolve(outDir, "floor-article.html");
  fs.writeFileSync(htmlFile, renderHighlightedParagraphs(text, splitParagraphs(text), spans, HIGHLIGHT_LOOK));
  return startServer({ dir: appDir, readyPath: "/", env: { ...env, FLOOR_HTML_FILE: htmlFile } });
}
