import { createHash } from "node:crypto";
import type { ExportFilter, ExportFormat } from "./schema";
import type { ExportSource } from "@/lib/export/records/cursor";
import { exportChunks } from "./export-chunks";

/** How many records an export holds and the SHA-256 (hex) of its exact bytes. */
export interface ExportDigest {
  records: number;
  sha256: string;
}

/** Produces the export once into a hash (constant memory): what a manifest reports. */
export async function exportDigest({
  format,
  filter,
  ...source
}: ExportSource & { format: ExportFormat; filter: ExportFilter }): Promise<ExportDigest> {
  const hash = createHash("sha256");
  let records = 0;
  for await (const pieces of exportChunks({ ...source, format, filter, onRecord: (n) => (records = n) }))
    for (const piece of pieces) hash.update(piece, "utf8");
  return { records, sha256: hash.digest("hex") };
}
