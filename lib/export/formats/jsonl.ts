import type { ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";

/**
 * A figure as JSON that reads as a float: `30000.0`, not `30000`. Readers that guess a column's
 * type from its first rows (DuckDB, pandas' chunks) would otherwise take the column as an integer
 * and round a later 3.5 to 4. Exponent forms (1e+21) are floats to every reader already.
 */
const floatJson = (n: number) => (Number.isInteger(n) && !String(n).includes("e") ? `${n}.0` : String(n));

/**
 * The record as one JSON line, with `value` and `valueMax` always written as floats. `,"value":N,`
 * with a comma right before the quote is only ever the record's own key: no nested object has
 * such a key, and inside a string every quote is escaped (`,\"value\":N,`).
 */
function recordJson(record: ExportRecord): string {
  let json = JSON.stringify(record);
  for (const key of ["value", "valueMax"] as const) {
    const n = record[key];
    if (n !== null) json = json.replace(`,"${key}":${JSON.stringify(n)},`, `,"${key}":${floatJson(n)},`);
  }
  return json;
}

/** JSON Lines: the export record, one per line (`\n`, including after the last). */
export const jsonlFormat = (): ExportFormatWriter => ({
  contentType: "application/x-ndjson; charset=utf-8",
  extension: ".jsonl",
  begin: () => "",
  record: (record) => `${recordJson(record)}\n`,
  end: () => "",
});
