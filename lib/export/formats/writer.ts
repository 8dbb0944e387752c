import type { ExportRecord } from "@/lib/export/records/record";
import type { ExportFilter } from "@/lib/export/schema";

/**
 * A streaming serialiser for one export: the file is `begin() + record(r0) + record(r1) + … + end()`.
 * A writer is made per export (`formatWriter`) and may keep state across its records (a count, a
 * running hash); it is a pure function of the filter and the records it is given (no clock, no
 * randomness), so the same data and filter always give the same bytes. A format that leaves a
 * claim out returns "" for it.
 */
export interface ExportFormatWriter<T = ExportRecord> {
  contentType: string;
  /** File name suffix, including the dot. */
  extension: string;
  begin(): string;
  record(record: T): string;
  end(): string;
}

/** What a writer may know of its export besides the records. */
export interface ExportContext {
  filter: ExportFilter;
}
