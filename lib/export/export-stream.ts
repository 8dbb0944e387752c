import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { exportChunks } from "./export-chunks";

// Records are tiny; batching them into ~64 KiB chunks saves a syscall and a TCP write per line.
const FLUSH_BYTES = 64 * 1024;

/**
 * The export as a byte stream that pulls a page from the database only when the consumer reads
 * (backpressure), so a slow download holds one page in memory, not the dataset.
 */
export function exportStream(options: { db: Db; format: ExportFormat; filter: ExportFilter }): ReadableStream<Uint8Array> {
  const chunks = exportChunks(options);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let buffer = "";
      while (buffer.length < FLUSH_BYTES) {
        const next = await chunks.next();
        if (next.done) {
          if (buffer) controller.enqueue(encoder.encode(buffer));
          controller.close();
          return;
        }
        buffer += next.value;
      }
      controller.enqueue(encoder.encode(buffer));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
