import { afterEach, describe, expect, it } from "vitest";
import { prepareTextInWorker } from "./prepare-in-worker";
import { prepareText } from "./prepare-text";

/** Runs `work` while a timer measures the longest the event loop went without ticking. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stall: number; outcome: PromiseSettledResult<T> }> {
  let last = performance.now();
  let stall = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 10);
  const [outcome] = await Promise.allSettled([work()]);
  clearInterval(ticker);
  return { stall: Math.max(stall, performance.now() - last), outcome };
}

/**
 * The stall allowed while a worker cleans: 200 ms, or more on a machine so busy that the event
 * loop already stalls longer doing nothing (four times what it did idle for half a second). A
 * document cleaned on the event loop stalls it for seconds (finding 1: 10.9 s), well over either.
 */
async function allowedStall(): Promise<number> {
  const { stall } = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 500)));
  return Math.max(200, 4 * stall);
}

afterEach(() => {
  delete process.env.IMPORT_TIME_LIMIT_MS;
});

// A worker started from source compiles its modules through tsx first: seconds on a busy machine.
describe("prepareTextInWorker", { timeout: 60_000 }, () => {
  it("gives what the cleaner gives on the calling thread", async () => {
    const source = {
      format: "html" as const,
      content: "<html><body><h1>Title</h1><p>One <b>two</b>.</p></body></html>",
    };
    expect(await prepareTextInWorker(source)).toEqual(prepareText(source));
  });

  it("finding 1: refuses a deeply nested page with a 422 that says why, the event loop free meanwhile", async () => {
    const content = `${"<div>".repeat(20_000)}x${"</div>".repeat(20_000)}`;
    const allowed = await allowedStall();
    const { stall, outcome } = await longestStall(() => prepareTextInWorker({ format: "html", content }));
    expect(outcome).toMatchObject({
      status: "rejected",
      reason: { code: "validation_failed", message: expect.stringMatching(/more than 512 levels deep/) },
    });
    expect(stall).toBeLessThan(allowed);
  });

  it("ends a document over the time limit and refuses it, the event loop free meanwhile", async () => {
    // Link text with unbalanced brackets: a Markdown pattern still super-linear on it, for a while.
    const content = "[](((".repeat(40_000);
    await prepareTextInWorker({ format: "text", content: "A warm worker." });
    const allowed = await allowedStall();
    process.env.IMPORT_TIME_LIMIT_MS = "300";
    const started = performance.now();
    const { stall, outcome } = await longestStall(() => prepareTextInWorker({ format: "markdown", content }));
    expect(outcome).toMatchObject({
      status: "rejected",
      reason: { code: "validation_failed", message: expect.stringMatching(/longer than 0.3 s to clean/) },
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(stall).toBeLessThan(allowed);
    // The pool goes on with a fresh thread.
    delete process.env.IMPORT_TIME_LIMIT_MS;
    expect((await prepareTextInWorker({ format: "text", content: "Still here." })).text).toBe("Still here.");
  });
});
