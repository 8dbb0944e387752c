import type { Worker } from "node:worker_threads";

/**
 * Worker threads kept for reuse: a job takes an idle worker or starts one; a worker that says
 * it is done goes back to the idle list (at most `maxIdle`), is unref'd (an idle worker never
 * keeps the process alive) and ends after `idleMs` unused. A worker that fails or exits during
 * a job is dropped. Reuse saves a thread's start (an isolate, its modules, its connections) and
 * keeps its compiled code warm for the next job.
 */
export class WorkerPool {
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];

  /**
   * `spawn` starts a worker. (Turbopack bundles a worker's entry only where it sees
   * `new Worker(new URL("./file", import.meta.url))` written out, so the caller writes it.)
   */
  constructor(
    private readonly spawn: () => Worker,
    private readonly limits: { maxIdle: number; idleMs: number },
  ) {}

  /**
   * Runs one job: `start(worker)` posts it; the worker posts `"done"` when it has finished.
   * Settles with a message if the worker dies before that.
   */
  run(start: (worker: Worker) => void): { stopped: Promise<string> } {
    const worker = this.take();
    let settle: (message: string) => void = () => undefined;
    const stopped = new Promise<string>((resolve) => (settle = resolve));
    const onMessage = (message: unknown) => {
      if (message !== "done") return;
      detach();
      this.release(worker);
    };
    const onError = (error: Error) => {
      detach();
      settle(error.message);
    };
    const onExit = (code: number) => {
      detach();
      settle(`export worker exited (${code})`);
    };
    const detach = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    start(worker);
    return { stopped };
  }

  /** Ends the idle workers now (tests, shutdown). */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map(({ worker, timer }) => (clearTimeout(timer), worker.terminate())));
  }

  /** How many workers wait for a job. */
  get idleCount(): number {
    return this.idle.length;
  }

  private take(): Worker {
    const entry = this.idle.pop();
    if (!entry) {
      const worker = this.spawn();
      // One that ends while idle leaves the list (and its error is not an unhandled event).
      const forget = () => {
        const at = this.idle.findIndex((idle) => idle.worker === worker);
        if (at >= 0) clearTimeout(this.idle.splice(at, 1)[0].timer);
      };
      worker.on("error", forget);
      worker.on("exit", forget);
      return worker;
    }
    clearTimeout(entry.timer);
    entry.worker.ref();
    return entry.worker;
  }

  private release(worker: Worker) {
    if (this.idle.length >= this.limits.maxIdle) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const timer = setTimeout(() => {
      const at = this.idle.findIndex((entry) => entry.worker === worker);
      if (at >= 0) this.idle.splice(at, 1);
      void worker.terminate();
    }, this.limits.idleMs);
    timer.unref();
    this.idle.push({ worker, timer });
  }
}
