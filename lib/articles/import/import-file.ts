/**
 * Imports one file (an upload, or a file the CLI found): checks its size and bytes, then hands
 * a document to `createArticle` or a JSONL file's lines to `importJsonlLine`. Never throws for a
 * bad file: every problem becomes an error result naming the file.
 */
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createArticle } from "../create-article";
import { importJsonlLine } from "./import-jsonl-line";
import { readJsonlLines } from "./jsonl-reader";
import { errorResult, resultOf, type ImportResult } from "./result";
import { maxImportBytes } from "./limits";
import { sniffFile, type FileFormat, type SniffProblem } from "./sniff";
import { ArticleHtmlBody, ArticleTextBody } from "../schema";
import { z } from "zod";

/** The result for a file, or for one line of a JSONL file. */
export type FileResult = { file: string; line?: number; format?: FileFormat } & ImportResult;

const PROBLEM_CODES: Record<SniffProblem, "bad_request" | "unsupported_media_type"> = {
  empty: "bad_request",
  binary: "unsupported_media_type",
  "wrong-type": "unsupported_media_type",
};

const HtmlFile = z.object({ html: ArticleHtmlBody });
const TextFile = z.object({ text: ArticleTextBody });

/**
 * Imports a file's bytes.
 * @param name The file's name as uploaded (its extension selects the format; the bytes must agree).
 */
export async function importFile({
  db,
  actor,
  name,
  bytes,
  force = false,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  name: string;
  bytes: Uint8Array;
  force?: boolean;
  /** The project every article of the file joins (the Default project when absent). */
  projectId?: string;
}): Promise<FileResult[]> {
  const file = name || "(unnamed)";
  const limit = maxImportBytes();
  if (bytes.length > limit) {
    const error = new AppError(
      "payload_too_large",
      `The file is ${bytes.length} bytes, over the limit of ${limit} bytes (MAX_IMPORT_BYTES)`,
    );
    return [{ file, ...errorResult(error) }];
  }
  const sniffed = sniffFile(file, bytes);
  if (!sniffed.ok) return [{ file, ...errorResult(new AppError(PROBLEM_CODES[sniffed.problem], sniffed.message)) }];
  const { text, format } = sniffed;

  if (format === "jsonl") {
    const results: FileResult[] = [];
    const lines = readJsonlLines([bytes], { maxLineBytes: limit, maxTotalBytes: limit });
    for await (const item of lines) {
      const result =
        "error" in item
          ? errorResult(item.error)
          : await importJsonlLine({ db, actor, text: item.text, force, projectId });
      results.push({ file, line: item.line, format, ...result });
    }
    if (results.length === 0)
      results.push({ file, format, ...errorResult(new AppError("bad_request", "The file has no lines to import")) });
    return results;
  }

  try {
    // A file carries no separate metadata: the title comes from the document, else its first line.
    const checked = format === "html" ? HtmlFile.safeParse({ html: text }) : TextFile.safeParse({ text });
    if (!checked.success) throw AppError.fromZod(checked.error);
    const input = checked.data;
    const outcome = await createArticle({
      db,
      actor,
      input,
      textFormat: format === "markdown" ? "markdown" : "text",
      rawOriginal: text,
      rawFormat: format,
      force,
      projectId,
    });
    return [{ file, format, ...resultOf(outcome) }];
  } catch (error) {
    return [{ file, format, ...errorResult(error) }];
  }
}
