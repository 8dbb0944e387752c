import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { utf8ChunkStream } from "./utf8-chunk-stream";

async function* batchesOf(batches: string[][]) {
  for (const batch of batches) yield batch;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks;
}

describe("utf8ChunkStream", () => {
  it("gives the UTF-8 bytes of the text, in chunks no larger than asked, never splitting a character", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "€", "😀", "\n", '"', "語") });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 6 }),
        fc.integer({ min: 4, max: 20 }),
        async (batches, size) => {
          const chunks = await readAll(utf8ChunkStream(batchesOf(batches), size));
          const bytes = Buffer.concat(chunks);
          expect(bytes.equals(Buffer.from(batches.flat().join(""), "utf8"))).toBe(true);
          for (const chunk of chunks) {
            expect(chunk.byteLength).toBeGreaterThan(0);
            expect(chunk.byteLength).toBeLessThanOrEqual(size);
            // Each chunk decodes on its own: no character cut in two.
            expect(() => new TextDecoder("utf-8", { fatal: true }).decode(chunk)).not.toThrow();
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads only as far as the consumer asks, and stops the source when cancelled", async () => {
    let produced = 0;
    let finished = false;
    async function* source() {
      try {
        for (;;) {
          produced += 1;
          yield ["x".repeat(10)];
        }
      } finally {
        finished = true;
      }
    }
    const reader = utf8ChunkStream(source(), 16).getReader();
    await reader.read();
    await reader.read();
    // A couple of batches per chunk read, plus the stream's one-chunk read-ahead: nowhere near unbounded.
    expect(produced).toBeLessThan(10);
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
