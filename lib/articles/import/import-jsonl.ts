/**
 * JSON Lines import, one article object per line: each line is validated and imported on its
 * own as it arrives, and a broken line becomes an error result for that line only.
 */
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { importJsonlLine } from "./import-jsonl-line";
import type { JsonlLine } from "./jsonl-reader";
import { errorResult, type ImportResult } from "./result";

export { readJsonlLines, type JsonlLine } from "./jsonl-reader";

/** A result per input line, then the totals. */
export type BulkLine =
  ({ line: number } & ImportResult) | { summary: { created: number; duplicates: number; errors: number } };

/**
 * Imports a JSONL stream line by line; yields a result as each line is done (so a caller can
 * stream them on), then a summary. Each good line is committed on its own.
 */
export async function* importJsonl({
  db,
  actor,
  lines,
  force = false,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  lines: AsyncIterable<JsonlLine>;
  force?: boolean;
  /** The project every article joins (the Default project when absent). */
  projectId?: string;
}): AsyncGenerator<BulkLine> {
  const summary = { created: 0, duplicates: 0, errors: 0 };
  for await (const item of lines) {
    const result =
      "error" in item
        ? errorResult(item.error)
        : await importJsonlLine({ db, actor, text: item.text, force, projectId });
    if (result.status === "created") summary.created++;
    else if (result.status === "duplicate") summary.duplicates++;
    else summary.errors++;
    yield { line: item.line, ...result };
  }
  yield { summary };
}
