/**
 * Findings 1–3 of the security probe: one annotator's import could hold the server's event loop
 * for seconds to hours. Each pathological document goes in by every path that imports (the JSON
 * API, the upload, the bulk JSONL stream, the CLI) and must get a bounded answer — refused with a
 * 4xx that says why, or imported — while the server keeps answering a health check alongside.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { api, baseUrl, userWithToken } from "@/test/support/http";
import { runCli } from "@/test/support/cli";
import { ndjson, token } from "@/test/support/import-texts";

/** ~100 KB of nested <div>: Readability held the event loop 10.9 s on it; the recursive walk overflowed. */
const deepHtml = (marker: string) =>
  `<html><body><p>Deep ${marker}</p>${"<div>".repeat(20_000)}x${"</div>".repeat(20_000)}</body></html>`;
/** 30 empty comments before text: the sniff pattern's backtracking doubled with each (29 took 3.8 s). */
const comments = (marker: string) => `${"<!---->".repeat(30)}Comments ${marker}`;
/** 200 KB of unclosed `**`: quadratic in the Markdown converter (2.7 s; 25–30 min at 5 MB). */
const stars = (marker: string) => `# Stars ${marker}\n\n${"**a ".repeat(50_000)}`;

/** The slowest of the health checks sent one after another while `work` runs (and the work's result). */
async function healthDuring<T>(work: () => Promise<T>): Promise<{ result: T; slowest: number; checks: number }> {
  let done = false;
  let slowest = 0;
  let checks = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${baseUrl()}/api/health`);
      await res.text();
      slowest = Math.max(slowest, performance.now() - started);
      checks++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { result: await work(), slowest, checks };
  } finally {
    done = true;
    await probe;
  }
}

/**
 * How long a health check may take meanwhile: 200 ms, or on a machine so loaded that health
 * checks alone already take longer, three times the slowest of a second of them. An import on
 * the event loop holds it for seconds, over either.
 */
async function allowedHealthMs(): Promise<number> {
  const { slowest } = await healthDuring(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  return Math.max(200, 3 * slowest);
}

/**
 * One small import by each path first: the server loads a route's code on its first request, and
 * the import threads start on the first document; neither is what is measured here.
 */
async function warmUp(auth: string): Promise<void> {
  const text = (path: string) => `Warm-up ${path} ${token()}\n\nOfficials met in Geneva on Monday to talk.`;
  await api("/api/articles", { method: "POST", token: auth, json: { text: text("json") } });
  await api("/api/articles/upload", { method: "POST", token: auth, body: uploadForm("warm.md", text("upload")) });
  await api("/api/articles/bulk", {
    method: "POST",
    token: auth,
    body: `${JSON.stringify({ title: "Warm-up", text: text("bulk") })}\n`,
    headers: { "content-type": "application/x-ndjson" },
  });
}

function uploadForm(name: string, content: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([content]), name);
  return form;
}

describe("hostile imports are bounded, and the server answers others meanwhile", () => {
  it("finding 1: a deeply nested page is refused with a 422 by the JSON API, the upload and the bulk stream", async () => {
    const { token: auth } = await userWithToken("annotator");
    await warmUp(auth);
    const allowed = await allowedHealthMs();
    const marker = token();

    const json = await healthDuring(() =>
      api("/api/articles", { method: "POST", token: auth, json: { html: deepHtml(marker) } }),
    );
    expect(json.result.status, JSON.stringify(json.result.data)).toBe(422);
    expect(json.result.data.error.message).toMatch(/nests elements more than 512 levels deep/);
    expect(json.slowest).toBeLessThan(allowed);
    expect(json.checks).toBeGreaterThan(0);

    const upload = await healthDuring(() =>
      api("/api/articles/upload", { method: "POST", token: auth, body: uploadForm("deep.html", deepHtml(marker)) }),
    );
    expect(upload.result.status).toBe(200);
    expect(upload.result.data.results[0]).toMatchObject({
      file: "deep.html",
      status: "error",
      error: { code: "validation_failed", message: expect.stringMatching(/512 levels deep/) },
    });
    expect(upload.slowest).toBeLessThan(allowed);

    const bulk = await healthDuring(() =>
      api("/api/articles/bulk", {
        method: "POST",
        token: auth,
        body: `${JSON.stringify({ title: `Deep ${marker}`, html: deepHtml(marker) })}\n`,
        headers: { "content-type": "application/x-ndjson" },
      }),
    );
    expect(bulk.result.status).toBe(200);
    expect(ndjson(bulk.result.data)[0]).toMatchObject({
      line: 1,
      status: "error",
      error: { code: "validation_failed", message: expect.stringMatching(/512 levels deep/) },
    });
    expect(bulk.slowest).toBeLessThan(allowed);
  });

  it("finding 2: a .txt of empty comments is imported as text in a bounded time", async () => {
    const { token: auth } = await userWithToken("annotator");
    await warmUp(auth);
    const allowed = await allowedHealthMs();
    const marker = token();
    const upload = await healthDuring(() =>
      api("/api/articles/upload", { method: "POST", token: auth, body: uploadForm("c.txt", comments(marker)) }),
    );
    expect(upload.result.status).toBe(200);
    expect(upload.result.data.results[0]).toMatchObject({ file: "c.txt", format: "text", status: "created" });
    expect(upload.slowest).toBeLessThan(allowed);
  });

  it("finding 3: 200 KB of unclosed ** in a .md file is imported in a bounded time", async () => {
    const { token: auth } = await userWithToken("annotator");
    await warmUp(auth);
    const allowed = await allowedHealthMs();
    const marker = token();
    const upload = await healthDuring(() =>
      api("/api/articles/upload", { method: "POST", token: auth, body: uploadForm("s.md", stars(marker)) }),
    );
    expect(upload.result.status).toBe(200);
    expect(upload.result.data.results[0]).toMatchObject({ file: "s.md", format: "markdown", status: "created" });
    expect(upload.slowest).toBeLessThan(allowed);
  });

  it("the CLI refuses the deep page by name and imports the other two", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-hostile-"));
    const marker = token();
    fs.writeFileSync(path.join(dir, "deep.html"), deepHtml(marker));
    fs.writeFileSync(path.join(dir, "comments.txt"), comments(marker));
    fs.writeFileSync(path.join(dir, "stars.md"), stars(marker));
    const started = performance.now();
    const run = await runCli("import", dir, "--email", "admin@claimbench.test");
    expect(run.code, run.err).toBe(1);
    expect(run.out).toMatch(/^error +.*deep\.html: .*512 levels deep/m);
    expect(run.out).toMatch(/2 created, 0 duplicates, 1 errors \(3 files\)/);
    expect(performance.now() - started).toBeLessThan(60_000);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
