import { parentPort, type MessagePort } from "node:worker_threads";
import type { DatabaseConfig } from "@/lib/db/config";
import { openRawDriver, type RawDriver } from "@/lib/db/raw-driver";
import type { ExportFilter, ExportFormat } from "@/lib/export/schema";
import { exportByteStream } from "@/lib/export/export-bytes";
import type { BundleInfo } from "@/lib/export/bundle/bundle-info";
import { sendChunks } from "./chunk-channel";
import { exportDigest, type ExportDigest } from "@/lib/export/export-digest";

/**
 * One export, as export-stream.ts posts it: its bytes go over `port` (see chunk-channel.ts), or,
 * for a `digest`, only its record count and hash, as the end's summary.
 */
export interface ExportJob {
  kind: "bytes" | "digest";
  config: DatabaseConfig;
  format: ExportFormat;
  filter: ExportFilter;
  /** The project's card data, for `format=bundle`. */
  bundle?: BundleInfo;
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
async function run(parent: MessagePort, { kind, config, format, filter, bundle, port }: ExportJob) {
  const source = { driver: driverFor(config), format, filter, bundle };
  try {
    if (kind === "bytes") {
      await sendChunks(port, exportByteStream(source));
    } else {
      // No bytes cross: the end carries the digest (or the failure, as a failed stream).
      let digest: ExportDigest | undefined;
      const computed = new ReadableStream<Uint8Array>({
        async start(controller) {
          digest = await exportDigest(source);
          controller.close();
        },
      });
      await sendChunks(port, computed, { summary: () => digest });
    }
  } finally {
    port.close();
    parent.postMessage("done");
  }
}

const parent = parentPort;
if (parent) parent.on("message", (job: ExportJob) => void run(parent, job));
