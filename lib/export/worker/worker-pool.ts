import type { Worker } from "node:worker_threads";

/**
 * Worker threads kept for reuse, at most `maxWorkers` at work: a job takes an idle worker or
 * starts one, or waits its turn; a worker that says it is done takes the next waiting job, or
 * goes back to the idle list (at most `maxIdle`), unref'd (an idle worker never keeps the
 * process alive), and ends after `idleMs` unused. A worker that fails or exits during a job is
 * dropped. Reuse saves a thread's start (an isolate, its modules, its connections) and keeps its
 * compiled code warm for the next job.
 */
export class WorkerPool {
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private working = 0;

  /**
   * `spawn` starts a worker. (Turbopack bundles a worker's entry only where it sees
   * `new Worker(new URL("./file", import.meta.url))` written out, so the caller writes it.)
   */
  constructor(
    private readonly spawn: () => Worker,
    private readonly limits: { maxWorkers: number; maxIdle: number; idleMs: number },
  ) {}

  /**
   * Runs one job when a worker is free: `start(worker)` posts it, or returns false when the job
   * is no longer wanted; the worker posts `"done"` when it has finished. `stopped` settles with a
   * message if the worker dies before that.
   */
  run(start: (worker: Worker) => boolean): { stopped: Promise<string> } {
    let settle: (message: string) => void = () => undefined;
    const stopped = new Promise<string>((resolve) => (settle = resolve));
    const begin = (worker: Worker) => {
      if (!start(worker)) return this.finished(worker);
      const onMessage = (message: unknown) => {
        if (message !== "done") return;
        detach();
        this.finished(worker);
      };
      const onStop = (message: string) => {
        detach();
        settle(message);
        this.working -= 1;
        this.startWaiting();
      };
      const onError = (error: Error) => onStop(error.message);
      const onExit = (code: number) => onStop(`export worker exited (${code})`);
      const detach = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
    };
    this.waiting.push(begin);
    this.startWaiting();
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

  private startWaiting() {
    while (this.working < this.limits.maxWorkers && this.waiting.length > 0) {
      this.working += 1;
      (this.waiting.shift() as (worker: Worker) => void)(this.take());
    }
  }

  /** A worker's job is over: the next waiting job gets it, or it rests. */
  private finished(worker: Worker) {
    const next = this.waiting.shift();
    if (next) return next(worker);
    this.working -= 1;
    this.release(worker);
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
