import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { CHUNK_WINDOW, receiveChunks, sendChunks } from "./chunk-channel";

/** A source of `count` chunks (each its own buffer) that records how many were pulled and whether it was cancelled. */
function source(count: number, fail?: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled === fail) return controller.error(new Error("disk on fire"));
        if (state.pulled === count) return controller.close();
        controller.enqueue(new TextEncoder().encode(`chunk ${state.pulled};`));
        state.pulled += 1;
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

function channel() {
  const { port1, port2 } = new MessageChannel();
  return { sender: port1, receiver: port2, close: () => (port1.close(), port2.close()) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("chunk channel", () => {
  it("delivers the source's bytes in order, then the end with the sender's summary", async () => {
    const { sender, receiver, close } = channel();
    const { stream } = source(50);
    let ended = 0;
    let summary: unknown;
    const sent = sendChunks(sender, stream, { summary: () => ({ records: 50 }) });
    const text = await new Response(
      receiveChunks(receiver, { onDone: (s) => (summary = s), onEnd: () => (ended += 1) }),
    ).text();
    await sent;
    close();
    expect(text).toBe(Array.from({ length: 50 }, (_, i) => `chunk ${i};`).join(""));
    expect(summary).toEqual({ records: 50 });
    expect(ended).toBe(1);
  });

  it("never runs more than the window ahead of the reader, however slowly it reads", async () => {
    const { sender, receiver, close } = channel();
    const { stream, state } = source(1_000);
    void sendChunks(sender, stream, { window: CHUNK_WINDOW });
    const reader = receiveChunks(receiver).getReader();
    let read = 0;
    for (let i = 0; i < 20; i++) {
      await tick();
      expect(state.pulled - read).toBeLessThanOrEqual(CHUNK_WINDOW);
      await reader.read();
      read += 1;
    }
    await tick();
    expect(state.pulled).toBeLessThanOrEqual(read + CHUNK_WINDOW);
    await reader.cancel();
    close();
  });

  it("a cancelled download cancels the source", async () => {
    const { sender, receiver, close } = channel();
    const { stream, state } = source(1_000);
    const sent = sendChunks(sender, stream);
    const reader = receiveChunks(receiver).getReader();
    await reader.read();
    await reader.cancel();
    await sent;
    close();
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(1_000);
  });

  it("a failing source fails the download with its message", async () => {
    const { sender, receiver, close } = channel();
    const { stream } = source(1_000, 3);
    void sendChunks(sender, stream);
    await expect(new Response(receiveChunks(receiver)).text()).rejects.toThrow("disk on fire");
    close();
  });
});

describe("chunk channel, sender gone", () => {
  it("fails the download when the sending side stops without an end", async () => {
    const { receiver, close } = channel();
    const stream = receiveChunks(receiver, { stopped: Promise.resolve("export worker exited (1)") });
    await expect(new Response(stream).text()).rejects.toThrow("export worker exited (1)");
    close();
  });
});

describe("chunk channel, receiver gone", () => {
  it("closing the receiving side cancels the source", async () => {
    const { sender, receiver } = channel();
    const { stream, state } = source(1_000);
    const sent = sendChunks(sender, stream);
    await receiveChunks(receiver).getReader().read();
    receiver.close();
    await sent;
    expect(state.cancelled).toBe(true);
  });
});
