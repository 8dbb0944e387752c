import type { Db } from "@/lib/db/client";
import type { ExportFilter, ExportFormat } from "./schema";
import { exportChunks } from "./export-chunks";
import { utf8ChunkStream } from "./utf8-chunk-stream";

/**
 * The export as a byte stream that reads a page from the database only when the consumer reads
 * (backpressure), so a slow download holds about a page in memory, not the dataset.
 */
export function exportStream(options: { db: Db; format: ExportFormat; filter: ExportFilter }): ReadableStream<Uint8Array> {
  return utf8ChunkStream(exportChunks(options));
}
