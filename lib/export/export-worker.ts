import { parentPort, type MessagePort } from "node:worker_threads";
import type { DatabaseConfig } from "@/lib/db/config";
import { openRawDriver, type RawDriver } from "@/lib/db/raw-driver";
import type { ExportFilter, ExportFormat } from "./schema";
import { exportChunks } from "./export-chunks";
import { utf8ChunkStream } from "./utf8-chunk-stream";
import { sendChunks } from "./chunk-channel";

/** One export, as `exportStreamInWorker` posts it: the bytes go over `port` (see chunk-channel.ts). */
export interface ExportJob {
  config: DatabaseConfig;
  format: ExportFormat;
  filter: ExportFilter;
  port: MessagePort;
}

// One raw driver per database for the thread's life: a PostgreSQL connection stays open between jobs.
const drivers = new Map<string, RawDriver>();
const driverFor = (config: DatabaseConfig) => {
  let driver = drivers.get(config.url);
  if (!driver) drivers.set(config.url, (driver = openRawDriver(config, 1)));
  return driver;
};

/** Worker thread entry: runs the exports it is sent, one at a time, and says `"done"` after each. */
async function run(parent: MessagePort, { config, format, filter, port }: ExportJob) {
  try {
    await sendChunks(port, utf8ChunkStream(exportChunks({ driver: driverFor(config), format, filter })));
  } finally {
    port.close();
    parent.postMessage("done");
  }
}

const parent = parentPort;
if (parent) parent.on("message", (job: ExportJob) => void run(parent, job));
