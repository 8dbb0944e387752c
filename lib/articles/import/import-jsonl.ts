/**
 * JSON Lines import, one article object per line: each line is validated and imported on its
 * own as it arrives, and a broken line becomes an error result for that line only.
 */
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { inOrder } from "./in-order";
import { prepareJsonlLine, storeDocument } from "./import-jsonl-line";
import type { JsonlLine } from "./jsonl-reader";
import { errorResult, type ImportResult } from "./result";

export { readJsonlLines, type JsonlLine } from "./jsonl-reader";

/** A result per input line, then the totals. */
export type BulkLine =
  ({ line: number } & ImportResult) | { summary: { created: number; duplicates: number; errors: number } };

/**
 * Imports a JSONL stream; yields a result per line in the lines' order as each is done (so a
 * caller can stream them on), then a summary. Lines are cleaned several at once in the worker
 * pool (`inOrder`) and stored one at a time, each good line committed on its own.
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
  const prepared = inOrder(lines, async (item) => ({
    line: item.line,
    document: "error" in item ? { result: errorResult(item.error) } : await prepareJsonlLine(item.text),
  }));
  for await (const { line, document } of prepared) {
    const result = await storeDocument({ db, actor, document, force, projectId });
    if (result.status === "created") summary.created++;
    else if (result.status === "duplicate") summary.duplicates++;
    else summary.errors++;
    yield { line, ...result };
  }
  yield { summary };
}
