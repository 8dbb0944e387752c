import { once } from "node:events";
import { MessageChannel, Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool } from "./worker-pool";

// A worker that answers a job on the job's port with its thread id (or dies), then says "done".
const WORKER = `
const { parentPort, threadId } = require("node:worker_threads");
parentPort.on("message", ({ port, crash, wait }) => {
  if (crash) throw new Error("worker blew up");
  setTimeout(() => {
    port.postMessage(threadId);
    port.close();
    parentPort.postMessage("done");
  }, wait ?? 0);
});`;

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** Runs a job; resolves with the answering thread's id and the job's `stopped`. */
async function job(p: WorkerPool, message: { crash?: boolean; wait?: number } = {}) {
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  const { stopped } = p.run((w) => {
    worker = w;
    w.postMessage({ ...message, port: port2 }, [port2]);
    return true;
  });
  const answer = message.crash ? undefined : ((await once(port1, "message"))[0] as number);
  port1.close();
  return { answer, stopped, worker };
}

const settled = (p: Promise<string>) =>
  Promise.race([p, new Promise((resolve) => setTimeout(() => resolve("pending"), 50))]);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("WorkerPool", () => {
  it("gives the next job the worker that finished the last one", async () => {
    pool = new WorkerPool(() => new Worker(WORKER, { eval: true }), { maxWorkers: 4, maxIdle: 2, idleMs: 10_000 });
    const first = await job(pool);
    await until(() => pool!.idleCount === 1);
    const second = await job(pool);
    expect(second.answer).toBe(first.answer);
    expect(await settled(second.stopped)).toBe("pending");
  });

  it("keeps at most maxIdle workers, and ends an idle one after idleMs", async () => {
    // idleMs well above the pause below: on a busy machine `until` may see the idle worker late.
    pool = new WorkerPool(() => new Worker(WORKER, { eval: true }), { maxWorkers: 4, maxIdle: 1, idleMs: 1000 });
    const [a, b] = await Promise.all([job(pool, { wait: 30 }), job(pool, { wait: 30 })]);
    expect(a.answer).not.toBe(b.answer);
    await until(() => pool!.idleCount === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pool.idleCount).toBe(1);
    await until(() => pool!.idleCount === 0);
    expect(pool.idleCount).toBe(0);
  });

  it("a worker that dies during a job settles it with the error, and is not reused", async () => {
    pool = new WorkerPool(() => new Worker(WORKER, { eval: true }), { maxWorkers: 4, maxIdle: 2, idleMs: 10_000 });
    const crashed = await job(pool, { crash: true });
    expect(await crashed.stopped).toContain("worker blew up");
    const next = await job(pool);
    expect(next.worker).not.toBe(crashed.worker);
  });

  it("runs at most maxWorkers jobs at once; the others wait for a worker, and one no longer wanted is skipped", async () => {
    pool = new WorkerPool(() => new Worker(WORKER, { eval: true }), { maxWorkers: 1, maxIdle: 1, idleMs: 10_000 });
    const order: string[] = [];
    let declined = false;
    pool.run(() => {
      declined = true;
      return false;
    });
    const first = job(pool, { wait: 50 }).then((r) => (order.push("first"), r));
    const second = job(pool).then((r) => (order.push("second"), r));
    const [a, b] = await Promise.all([first, second]);
    expect(declined).toBe(true);
    expect(order).toEqual(["first", "second"]);
    expect(b.answer).toBe(a.answer);
  });
});
