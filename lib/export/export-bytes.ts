import type { ExportSource } from "@/lib/export/records/cursor";
import type { ExportFilter, ExportFormat } from "./schema";
import type { BundleInfo } from "@/lib/export/bundle/bundle-info";
import { exportChunks } from "./export-chunks";
import { bundleChunks } from "@/lib/export/bundle/bundle";
import { utf8ChunkStream } from "@/lib/export/worker/utf8-chunk-stream";

/**
 * An export as bytes, pulled only when the consumer reads: the UTF-8 of a text format in 64 KiB
 * chunks, or the zip of the bundle as it is deflated.
 */
export function exportByteStream({
  format,
  filter,
  bundle,
  ...source
}: ExportSource & { format: ExportFormat; filter: ExportFilter; bundle?: BundleInfo }): ReadableStream<Uint8Array> {
  if (format !== "bundle") return utf8ChunkStream(exportChunks({ ...source, format, filter }));
  if (!bundle) throw new Error("a bundle needs its BundleInfo");
  const chunks = bundleChunks({ ...source, filter, info: bundle });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
