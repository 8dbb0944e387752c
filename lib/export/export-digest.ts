import { createHash } from "node:crypto";
import type { ExportFilter, ExportFormat } from "./schema";
import type { ExportSource } from "@/lib/export/records/cursor";
import type { BundleInfo } from "@/lib/export/bundle/bundle-info";
import { exportChunks } from "./export-chunks";
import { bundleChunks } from "@/lib/export/bundle/bundle";

/** How many records an export holds and the SHA-256 (hex) of its exact bytes. */
export interface ExportDigest {
  records: number;
  sha256: string;
}

/** Produces the export once into a hash (constant memory): what a manifest reports. The bundle counts its claims. */
export async function exportDigest({
  format,
  filter,
  bundle,
  ...source
}: ExportSource & { format: ExportFormat; filter: ExportFilter; bundle?: BundleInfo }): Promise<ExportDigest> {
  const hash = createHash("sha256");
  let records = 0;
  const onRecord = (n: number) => (records = n);
  if (format === "bundle") {
    if (!bundle) throw new Error("a bundle needs its BundleInfo");
    for await (const chunk of bundleChunks({ ...source, filter, info: bundle, onRecord })) hash.update(chunk);
  } else {
    for await (const pieces of exportChunks({ ...source, format, filter, onRecord }))
      for (const piece of pieces) hash.update(piece, "utf8");
  }
  return { records, sha256: hash.digest("hex") };
}
