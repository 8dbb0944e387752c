import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createArticle } from "../create-article";
import { errorResult, resultOf, type ImportResult } from "./result";
import { CreateArticleInput } from "../schema";

/**
 * Validates and imports one JSONL line (an article object as `POST /api/articles` takes it).
 * The line itself is stored as the raw original, with raw format "jsonl".
 */
export async function importJsonlLine({
  db,
  actor,
  text,
  force,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  text: string;
  force: boolean;
  /** The project the article joins (the Default project when absent). */
  projectId?: string;
}): Promise<ImportResult> {
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
    const outcome = await createArticle({
      db,
      actor,
      input: parsed.data,
      rawOriginal: text,
      rawFormat: "jsonl",
      force,
      projectId,
    });
    return resultOf(outcome);
  } catch (error) {
    return errorResult(error);
  }
}
