/**
 * Imports files (uploads, or files the CLI found): checks each one's size and bytes, then cleans
 * and stores the document, or each line of a JSONL file. Never throws for a bad file: every
 * problem becomes an error result naming the file.
 */
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { prepareArticle } from "../create-article";
import { inOrder } from "./in-order";
import { prepareJsonlLine, storeDocument, type PreparedDocument } from "./import-jsonl-line";
import { readJsonlLines } from "./jsonl-reader";
import { errorResult, type ImportResult } from "./result";
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

/** A file to import: its name as given, and its bytes (read when its turn comes; may throw an AppError for the file). */
export interface ImportSourceFile {
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
}

/** One document of a file (a JSONL file has one per line), prepared or refused. */
type FileDocument = { file: string; line?: number; format?: FileFormat; document: PreparedDocument };

/** The documents of one file, each prepared when pulled (so `inOrder` runs several at once). */
async function* documentsOf(source: ImportSourceFile): AsyncGenerator<() => Promise<FileDocument>> {
  const file = source.name || "(unnamed)";
  const refused = (error: unknown, format?: FileFormat) => async (): Promise<FileDocument> => ({
    file,
    ...(format ? { format } : {}),
    document: { result: errorResult(error) },
  });
  let bytes: Uint8Array;
  try {
    bytes = await source.bytes();
  } catch (error) {
    yield refused(error);
    return;
  }
  const limit = maxImportBytes();
  if (bytes.length > limit) {
    yield refused(
      new AppError(
        "payload_too_large",
        `The file is ${bytes.length} bytes, over the limit of ${limit} bytes (MAX_IMPORT_BYTES)`,
      ),
    );
    return;
  }
  const sniffed = sniffFile(file, bytes);
  if (!sniffed.ok) {
    yield refused(new AppError(PROBLEM_CODES[sniffed.problem], sniffed.message));
    return;
  }
  const { text, format } = sniffed;

  if (format === "jsonl") {
    let lines = 0;
    for await (const item of readJsonlLines([bytes], { maxLineBytes: limit, maxTotalBytes: limit })) {
      lines++;
      yield async () => ({
        file,
        line: item.line,
        format,
        document: "error" in item ? { result: errorResult(item.error) } : await prepareJsonlLine(item.text),
      });
    }
    if (lines === 0) yield refused(new AppError("bad_request", "The file has no lines to import"), format);
    return;
  }

  yield async () => {
    try {
      // A file carries no separate metadata: the title comes from the document, else its first line.
      const checked = format === "html" ? HtmlFile.safeParse({ html: text }) : TextFile.safeParse({ text });
      if (!checked.success) throw AppError.fromZod(checked.error);
      const textFormat = format === "markdown" ? "markdown" : "text";
      const article = await prepareArticle({ input: checked.data, textFormat });
      return { file, format, document: { article, rawOriginal: text, rawFormat: format } };
    } catch (error) {
      return { file, format, document: { result: errorResult(error) } };
    }
  };
}

async function* documentsOfAll(
  files: AsyncIterable<ImportSourceFile> | Iterable<ImportSourceFile>,
): AsyncGenerator<() => Promise<FileDocument>> {
  for await (const file of files) yield* documentsOf(file);
}

/**
 * Imports files in order, yielding a result per file (per line of a JSONL file) as each is
 * stored: documents are cleaned several at once in the worker pool, stored one at a time.
 */
export async function* importFiles({
  db,
  actor,
  files,
  force = false,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  files: AsyncIterable<ImportSourceFile> | Iterable<ImportSourceFile>;
  force?: boolean;
  /** The project every article joins (the Default project when absent). */
  projectId?: string;
}): AsyncGenerator<FileResult> {
  for await (const { document, ...where } of inOrder(documentsOfAll(files), (prepare) => prepare())) {
    yield { ...where, ...(await storeDocument({ db, actor, document, force, projectId })) };
  }
}
