import type { ExportFormatWriter } from "./writer";

/** JSON Lines: the export record as is, one per line (`\n`, including after the last). */
export const jsonlFormat = (): ExportFormatWriter => ({
  contentType: "application/x-ndjson; charset=utf-8",
  extension: ".jsonl",
  begin: () => "",
  record: (record) => `${JSON.stringify(record)}\n`,
  end: () => "",
});
