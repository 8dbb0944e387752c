import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { prepareArticle, storeArticle, type PreparedArticle, type RawFormat } from "../create-article";
import { errorResult, resultOf, type ImportResult } from "./result";
import { CreateArticleInput } from "../schema";

/** A document (a file, or a JSONL line) ready to store with its raw original, or its error result. */
export type PreparedDocument =
  { article: PreparedArticle; rawOriginal: string; rawFormat: RawFormat } | { result: ImportResult };

/**
 * Validates one JSONL line (an article object as `POST /api/articles` takes it) and cleans it:
 * the database-free half of importing it, which bulk imports run for several lines at once.
 */
export async function prepareJsonlLine(text: string): Promise<PreparedDocument> {
  try {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new AppError("bad_request", `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new AppError("bad_request", "Each line must be a JSON object (one article)");
    const parsed = CreateArticleInput.safeParse(value);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    // The line itself is the raw original, with raw format "jsonl".
    return { article: await prepareArticle({ input: parsed.data }), rawOriginal: text, rawFormat: "jsonl" };
  } catch (error) {
    return { result: errorResult(error) };
  }
}

/** Stores a prepared document (one transaction); never throws, a failure is an error result. */
export async function storeDocument({
  db,
  actor,
  document,
  force,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  document: PreparedDocument;
  force: boolean;
  /** The project the article joins (the Default project when absent). */
  projectId?: string;
}): Promise<ImportResult> {
  if ("result" in document) return document.result;
  try {
    const { article, rawOriginal, rawFormat } = document;
    return resultOf(await storeArticle({ db, actor, article, rawOriginal, rawFormat, force, projectId }));
  } catch (error) {
    return errorResult(error);
  }
}
