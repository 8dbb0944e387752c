/** Bytes per enqueued chunk: one TCP write's worth, and well below what V8 treats as a large object. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A byte stream of the UTF-8 text that `batches` yields, pulled only when the consumer reads
 * (backpressure). Text is encoded straight into fixed-size chunks (`encodeInto`), so no large
 * string or buffer is ever built, whatever the size of a batch.
 */
export function utf8ChunkStream(
  batches: AsyncGenerator<readonly string[]>,
  chunkBytes = CHUNK_BYTES,
): ReadableStream<Uint8Array> {
  // Room for the longest UTF-8 character, or encodeInto could never make progress.
  if (chunkBytes < 4) throw new RangeError("chunkBytes must be at least 4");
  const encoder = new TextEncoder();
  let chunk = new Uint8Array(chunkBytes);
  let used = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let enqueued = false;
      const flush = () => {
        controller.enqueue(chunk.subarray(0, used));
        chunk = new Uint8Array(chunkBytes);
        used = 0;
        enqueued = true;
      };
      const write = (text: string) => {
        let rest = text;
        for (;;) {
          // encodeInto stops before a code point that does not fit, so slicing at `read` never splits a pair.
          const { read, written } = encoder.encodeInto(rest, chunk.subarray(used));
          used += written;
          if (read === rest.length) return;
          rest = rest.slice(read);
          flush();
        }
      };
      // At least one chunk per pull (or the end); the consumer asks again when it wants more.
      while (!enqueued) {
        const next = await batches.next();
        if (next.done) {
          if (used > 0) flush();
          controller.close();
          return;
        }
        for (const piece of next.value) write(piece);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
