import { MessageChannel, Worker } from "node:worker_threads";
import type { Db } from "@/lib/db/client";
import { registeredConfig } from "@/lib/db/raw-driver";
import type { ExportFilter, ExportFormat } from "@/lib/export/schema";
import { exportByteStream } from "@/lib/export/export-bytes";
import type { BundleInfo } from "@/lib/export/bundle/bundle-info";
import { receiveChunks } from "./chunk-channel";
import type { ExportJob } from "./export-worker";
import { WorkerPool } from "./worker-pool";
import { exportDigest, type ExportDigest } from "@/lib/export/export-digest";

/** `bundle`: the project's card data, for `format=bundle` (read in the server's thread). */
type ExportStreamOptions = { db: Db; format: ExportFormat; filter: ExportFilter; bundle?: BundleInfo };

/**
 * The export as a byte stream that reads a batch of rows from the database only when the consumer
 * reads (backpressure), so a slow download holds about a batch in memory, not the dataset.
 */
function exportStream(options: ExportStreamOptions): ReadableStream<Uint8Array> {
  return exportByteStream(options);
}

/**
 * Heap limits of an export's worker thread. An export keeps little alive (a batch of rows, a
 * few chunks), but its short-lived garbage can land in the old generation (V8 pretenures
 * allocation sites it sees survive); a small old generation is collected early and often,
 * instead of growing the server's heap by the size of the export.
 */
const EXPORT_WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

// One pool per process (on globalThis: Next may bundle this module more than once). Four exports
// run at once (each holds a thread and, on PostgreSQL, a connection); more wait their turn. A
// worker waits a minute for the next export, then ends.
const pools = globalThis as typeof globalThis & { __claimbenchExportWorkers?: WorkerPool };
const workers = () =>
  (pools.__claimbenchExportWorkers ??= new WorkerPool(
    () => new Worker(new URL("./export-worker.ts", import.meta.url), { resourceLimits: EXPORT_WORKER_LIMITS }),
    { maxWorkers: 4, maxIdle: 2, idleMs: 60_000 },
  ));

/**
 * The same bytes as `exportStream`, made in a worker thread: the server's event loop stays free
 * for other requests while a large export runs, and the export's memory is bounded by
 * `EXPORT_WORKER_LIMITS` whatever its size. A worker runs one export at a time and is kept a
 * while for the next; at most four run at once (see WorkerPool). `EXPORT_WORKER=off` exports on the server's own thread.
 */
export function exportStreamInWorker(options: ExportStreamOptions): ReadableStream<Uint8Array> {
  const config = registeredConfig(options.db);
  if (process.env.EXPORT_WORKER === "off" || !config) return exportStream(options);
  return workerJob({ kind: "bytes", config, format: options.format, filter: options.filter, bundle: options.bundle });
}

/** `exportDigest` (record count and SHA-256, for the manifest) in a worker thread, like the download. */
export async function exportDigestInWorker(options: ExportStreamOptions): Promise<ExportDigest> {
  const config = registeredConfig(options.db);
  if (process.env.EXPORT_WORKER === "off" || !config) return exportDigest(options);
  let digest: ExportDigest | undefined;
  await new Response(
    workerJob(
      { kind: "digest", config, format: options.format, filter: options.filter, bundle: options.bundle },
      (summary) => (digest = summary as ExportDigest),
    ),
  ).arrayBuffer();
  if (!digest) throw new Error("export worker gave no digest");
  return digest;
}

/** Runs a job on a pooled worker, over a channel of its own; the bytes it sends (see chunk-channel.ts). */
function workerJob(job: Omit<ExportJob, "port">, onDone?: (summary: unknown) => void): ReadableStream<Uint8Array> {
  const { port1, port2 } = new MessageChannel();
  let ended = false;
  const { stopped } = workers().run((worker) => {
    // A download cancelled while it waited for a worker is not started.
    if (ended) return false;
    worker.postMessage({ ...job, port: port2 } satisfies ExportJob, [port2]);
    return true;
  });
  // A thread that dies (out of memory, a crash) fails the download instead of hanging it.
  return receiveChunks(port1, {
    stopped,
    onDone,
    onEnd: () => {
      ended = true;
      port1.close();
    },
  });
}
