import { describe, expect, it } from "vitest";
import { inOrder } from "./in-order";

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("inOrder", () => {
  it("yields in input order however the preparations finish, with at most `window` under way", async () => {
    let running = 0;
    let most = 0;
    const out: number[] = [];
    const delays = [30, 5, 20, 1, 15, 2, 25, 3];
    for await (const n of inOrder(
      delays.keys(),
      async (i) => {
        running++;
        most = Math.max(most, running);
        await later(null, delays[i] ?? 0);
        running--;
        return i;
      },
      3,
    ))
      out.push(n);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it("answers a prepared item without waiting for the source's next one", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* source() {
      yield 1;
      await gate;
      yield 2;
    }
    const it = inOrder(source(), async (n) => n * 10, 4);
    expect((await it.next()).value).toBe(10);
    release();
    expect((await it.next()).value).toBe(20);
    expect((await it.next()).done).toBe(true);
  });

  it("rethrows a failed preparation in its turn, and ends the source when the caller stops", async () => {
    let ended = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        ended = true;
      }
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of inOrder(source(), async (i) => (i === 2 ? Promise.reject(new Error("two")) : i), 4))
          seen.push(n);
      })(),
    ).rejects.toThrow("two");
    expect(seen).toEqual([0, 1]);
    expect(ended).toBe(true);
  });
});
