import os from "node:os";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { WorkerPool } from "@/lib/export/worker/worker-pool";
import type { CleanAnswer } from "./clean-worker";
import { prepareText, type PreparedText, type SourceDocument } from "./prepare-text";

/**
 * Heap limits of an import's worker thread. A 5 MB page parsed into a DOM takes some hundred
 * megabytes at most; a document that needs more is refused instead of growing the server's heap.
 */
const IMPORT_WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 32 };

/** How long one document may take to clean (IMPORT_TIME_LIMIT_MS, default 20 s), read on every call. */
function importTimeLimitMs(): number {
  const value = Number(process.env.IMPORT_TIME_LIMIT_MS);
  return Number.isSafeInteger(value) && value > 0 ? value : 20_000;
}

// Outside Next (the CLI under tsx, the tests under vitest) the worker's entry is a .ts file: the
// thread registers tsx first, then imports it (Node 20 loads a worker's entry before its --import
// hooks). Under Next the entry is the one Next bundled, plain JavaScript.
const fromSource = !process.env.NEXT_RUNTIME;
const throughTsx = (entry: URL) =>
  `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;

// One pool per process (on globalThis: Next may bundle this module more than once). As many
// documents are cleaned at once as there are cores (the cleaning is CPU-bound); more wait their
// turn, the main thread storing the ones already cleaned and answering other requests. The pool
// starts with one thread and may grow once a thread has loaded its modules ("ready"), so a short
// import does not pay for starting threads it never uses.
const pools = globalThis as typeof globalThis & {
  __claimbenchImportWorkers?: WorkerPool;
  __claimbenchImportLimits?: { maxWorkers: number; maxIdle: number; idleMs: number };
};
const poolLimits = (pools.__claimbenchImportLimits ??= {
  maxWorkers: 1,
  maxIdle: os.availableParallelism(),
  idleMs: 60_000,
});
const workers = () =>
  (pools.__claimbenchImportWorkers ??= new WorkerPool(
    () =>
      fromSource
        ? new Worker(throughTsx(new URL("./clean-worker.ts", import.meta.url)), {
            eval: true,
            resourceLimits: IMPORT_WORKER_LIMITS,
          })
        : new Worker(new URL("./clean-worker.ts", import.meta.url), { resourceLimits: IMPORT_WORKER_LIMITS }),
    poolLimits,
  ));

/** Threads that have loaded their modules (said "ready"). */
const ready = new WeakSet<Worker>();

/**
 * `prepareText` in a worker thread, so that no document, however hostile, holds the server's
 * event loop: the thread's heap is bounded by `IMPORT_WORKER_LIMITS` and its time by
 * `importTimeLimitMs()`; a document over either is refused with a 422 or 413 that says which,
 * and the thread is ended. The HTML cleaner refuses documents past its element and depth caps
 * on its own (`extractFromHtml`). `IMPORT_WORKER=off` cleans on the calling thread, unbounded.
 */
export function prepareTextInWorker(source: SourceDocument): Promise<PreparedText> {
  if (process.env.IMPORT_WORKER === "off") return Promise.resolve(prepareText(source));
  const limit = importTimeLimitMs();
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const { stopped } = workers().run((worker) => {
      const onAnswer = (message: CleanAnswer | "done" | "ready") => {
        if (message === "ready") {
          ready.add(worker);
          poolLimits.maxWorkers = os.availableParallelism();
          startClock();
          return;
        }
        if (message === "done") return;
        worker.off("message", onAnswer);
        settle(() => (message.ok ? resolve(message.prepared) : reject(new AppError(message.code, message.message))));
      };
      worker.on("message", onAnswer);
      // A new thread's clock starts once it has loaded its modules (slow on a busy machine).
      const startClock = () => {
        timer = setTimeout(() => {
          worker.off("message", onAnswer);
          settle(() =>
            reject(
              new AppError(
                "validation_failed",
                `The document took longer than ${limit / 1000} s to clean (IMPORT_TIME_LIMIT_MS), so it was refused; simplify or split it`,
              ),
            ),
          );
          void worker.terminate();
        }, limit);
      };
      if (ready.has(worker)) startClock();
      worker.postMessage(source);
      return true;
    });
    void stopped.then((message) =>
      settle(() =>
        reject(
          /memory/i.test(message)
            ? new AppError(
                "payload_too_large",
                `The document needs more than ${IMPORT_WORKER_LIMITS.maxOldGenerationSizeMb} MB of memory to clean, so it was refused; simplify or split it`,
              )
            : new AppError("internal", "Cleaning the document failed on our side; try again"),
        ),
      ),
    );
  });
}
