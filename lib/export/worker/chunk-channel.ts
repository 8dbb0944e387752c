/**
 * Byte chunks across a `MessagePort` (to and from a worker thread) with backpressure: the
 * sending side runs at most `window` chunks ahead of what the receiving side has read, and each
 * chunk's buffer is transferred, not copied.
 */
import type { MessagePort } from "node:worker_threads";

/** What the receiving side sends back. */
type Request = { more: number } | { cancel: true };
/** What the sending side sends. */
type Reply = { chunk: Uint8Array } | { done: true; summary?: unknown } | { error: string };

/** Chunks a sender may have in flight before it waits for the reader. */
export const CHUNK_WINDOW = 4;

/**
 * Sends the chunks of `stream` over `port` until the end (with `summary()`), an error (sent as
 * its message) or a cancel from the receiver, or its side of the channel closing (either cancels
 * `stream`). Chunk buffers must not be shared with anything else: they are moved to the other side.
 */
export async function sendChunks(
  port: MessagePort,
  stream: ReadableStream<Uint8Array>,
  { window = CHUNK_WINDOW, summary }: { window?: number; summary?: () => unknown } = {},
): Promise<void> {
  const reader = stream.getReader();
  let credit = window;
  let cancelled = false;
  let wake: (() => void) | undefined;
  const onMessage = (message: unknown) => {
    const request = message as Request;
    if ("cancel" in request) cancelled = true;
    else credit += request.more;
    wake?.();
  };
  const onClose = () => onMessage({ cancel: true } satisfies Request);
  port.on("message", onMessage);
  port.on("close", onClose);
  try {
    for (;;) {
      while (credit === 0 && !cancelled) await new Promise<void>((resolve) => (wake = resolve));
      if (cancelled) {
        await reader.cancel();
        return;
      }
      const next = await reader.read();
      if (next.done) {
        port.postMessage({ done: true, summary: summary?.() } satisfies Reply);
        return;
      }
      credit -= 1;
      port.postMessage({ chunk: next.value } satisfies Reply, [next.value.buffer as ArrayBuffer]);
    }
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply);
  } finally {
    port.off("message", onMessage);
    port.off("close", onClose);
  }
}

/**
 * The chunks `sendChunks` sends over `port`, as a byte stream; reading one gives the sender room
 * for another. `onDone` gets the sender's summary before the stream closes; `onEnd` runs once
 * when the stream ends, fails or is cancelled; `stopped` settles with a message if the sending
 * side dies before it ends (the stream then fails with it).
 */
export function receiveChunks(
  port: MessagePort,
  {
    onDone,
    onEnd = () => undefined,
    stopped,
  }: { onDone?: (summary: unknown) => void; onEnd?: () => void; stopped?: Promise<string> } = {},
): ReadableStream<Uint8Array> {
  const arrived: Reply[] = [];
  let waiting: (() => void) | undefined;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    port.off("message", onMessage);
    onEnd();
  };
  const onMessage = (message: unknown) => {
    arrived.push(message as Reply);
    waiting?.();
  };
  port.on("message", onMessage);
  void stopped?.then((error) => onMessage({ error } satisfies Reply));
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (arrived.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
        waiting = undefined;
        const reply = arrived.shift() as Reply;
        if ("chunk" in reply) {
          controller.enqueue(reply.chunk);
          port.postMessage({ more: 1 } satisfies Request);
        } else if ("done" in reply) {
          onDone?.(reply.summary);
          end();
          controller.close();
        } else {
          end();
          controller.error(new Error(reply.error));
        }
      },
      cancel() {
        port.postMessage({ cancel: true } satisfies Request);
        end();
      },
    },
    // Nothing read ahead here: the sender's window is the only buffer.
    { highWaterMark: 0 },
  );
}
