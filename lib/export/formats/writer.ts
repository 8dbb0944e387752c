import type { ExportRecord } from "@/lib/export/records/record";

/**
 * A streaming serialiser: the file is `begin() + record(r0, 0) + record(r1, 1) + … + end()`.
 * Formats are pure functions of the records (no clock, no randomness), so the same data and
 * filter always give the same bytes.
 */
export interface ExportFormatWriter {
  contentType: string;
  /** File name suffix, including the dot. */
  extension: string;
  begin(): string;
  /** `index` lets array formats put the comma before every record but the first. */
  record(record: ExportRecord, index: number): string;
  end(): string;
}
