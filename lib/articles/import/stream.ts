/**
 * Reading request bodies for the import routes without trusting their declared size: chunks
 * are counted as they arrive, so a body with a lying or missing Content-Length is still cut off
 * at the limit.
 */
import { AppError } from "@/lib/errors";

/** The chunks of a web stream as an async iterable (the DOM typings lack the built-in one). */
export async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Refuses a body whose declared length is already over the limit, before reading any of it. */
export function assertDeclaredSize(req: Request, limit: number, name: string): void {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit)
    throw new AppError(
      "payload_too_large",
      `The body is ${declared} bytes, over the limit of ${limit} bytes (${name})`,
    );
}

/** Reads a whole body into memory, failing with 413 as soon as it passes `limit` bytes. */
export async function readBodyLimited(req: Request, limit: number, name: string): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredSize(req, limit, name);
  if (!req.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunksOf(req.body)) {
    total += chunk.length;
    if (total > limit)
      throw new AppError("payload_too_large", `The body is larger than the limit of ${limit} bytes (${name})`);
    parts.push(chunk);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A streamed NDJSON response: one JSON value per line, pulled from `values` as the client reads. */
export function ndjsonResponse(values: AsyncIterator<unknown>, first?: unknown): Response {
  const encoder = new TextEncoder();
  let pending = first === undefined ? [] : [first];
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending.length) {
        controller.enqueue(encoder.encode(`${JSON.stringify(pending[0])}\n`));
        pending = [];
        return;
      }
      const next = await values.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    async cancel() {
      await values.return?.(undefined);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
