import type { Db } from "@/lib/db/client";
import { EXPORT_SCHEMA_VERSION, type ExportFilter, type ExportFormat } from "./schema";
import { exportDigestInWorker } from "@/lib/export/worker/export-stream";
import { exportContentType } from "@/lib/export/formats/writer-for";
import { exportAgreement, type ExportAgreement } from "./export-agreement";
import { exportBundleInfo } from "@/lib/export/bundle/bundle-agreement";

export interface ExportManifest {
  format: ExportFormat;
  filter: ExportFilter;
  records: number;
  schemaVersion: number;
  /** When the manifest was computed; not part of the hashed file. */
  generatedAt: string;
  /** SHA-256 (hex) of the exact bytes `GET /api/export` returns for the same query. */
  sha256: string;
  /**
   * In a project with a gold layer: how far the annotators of the exported articles agreed
   * (fixed bootstrap seed: the same data give the same figures); null in other projects.
   */
  agreement: ExportAgreement | null;
}

/**
 * Describes an export by producing it once into a hash (constant memory), in a worker thread
 * like the download. A manifest and a download taken at different times agree as long as no
 * claim changed in between.
 */
export async function exportManifest({
  db,
  format,
  filter,
  now = new Date(),
}: {
  db: Db;
  format: ExportFormat;
  filter: ExportFilter;
  now?: Date;
}): Promise<ExportManifest> {
  // A format that cannot be written (ClaimReview without its URL template) is refused here, with its reason.
  exportContentType(format);
  const bundle = await exportBundleInfo(db, format, filter);
  const [{ records, sha256 }, agreement] = await Promise.all([
    exportDigestInWorker({ db, format, filter, bundle }),
    exportAgreement({ db, filter }),
  ]);
  return {
    format,
    filter,
    records,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    sha256,
    agreement,
  };
}
