import { parentPort, workerData } from "node:worker_threads";
import type { DatabaseConfig } from "@/lib/db/config";
import { openRawDriver } from "@/lib/db/raw-driver";
import type { ExportFilter, ExportFormat } from "./schema";
import { exportChunks } from "./export-chunks";
import { utf8ChunkStream } from "./utf8-chunk-stream";
import { sendChunks } from "./chunk-channel";

/** What `exportStreamInWorker` hands the worker. */
export interface ExportWorkerData {
  config: DatabaseConfig;
  format: ExportFormat;
  filter: ExportFilter;
}

/**
 * Worker thread entry: one export, streamed to the parent over `parentPort` (see chunk-channel.ts),
 * reading with a raw driver of its own (one PostgreSQL connection), then the thread ends.
 */
async function run(port: NonNullable<typeof parentPort>, { config, format, filter }: ExportWorkerData) {
  const driver = openRawDriver(config, 1);
  try {
    await sendChunks(port, utf8ChunkStream(exportChunks({ driver, format, filter })));
  } finally {
    if (driver.provider === "postgresql") await driver.pool.end();
    port.close();
  }
}

if (parentPort) void run(parentPort, workerData as ExportWorkerData);
