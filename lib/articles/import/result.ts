/**
 * The result of importing one document or JSONL line, as every import route and the CLI report
 * it: created, duplicate (with the existing article and why), or an error with a code.
 */
import { AppError, type FieldIssue } from "@/lib/errors";
import type { CreateArticleResult } from "../create-article";
import type { DuplicateReason } from "../schema";

/** What happened to one imported document or line. */
export interface ImportResult {
  status: "created" | "duplicate" | "error";
  /** The stored article: the new one, or the existing one for a duplicate. */
  id?: string;
  title?: string;
  duplicateOf?: string;
  reason?: DuplicateReason;
  /** For a created article at least FLAG_THRESHOLD (0.7) similar to an earlier one: that article. */
  nearDuplicateOf?: string;
  error?: { code: string; message: string; issues?: FieldIssue[] };
}

/** Maps anything an import threw to an error result (unexpected failures are logged, not shown). */
export function errorResult(error: unknown): ImportResult {
  if (error instanceof AppError) {
    return {
      status: "error",
      error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    };
  }
  console.error(error);
  return {
    status: "error",
    error: { code: "internal", message: "Something went wrong on our side; the error was logged" },
  };
}

/** The result for a `createArticle` outcome. */
export function resultOf(outcome: CreateArticleResult): ImportResult {
  return outcome.created
    ? {
        status: "created",
        id: outcome.article.id,
        title: outcome.article.title,
        ...(outcome.nearDuplicate ? { nearDuplicateOf: outcome.nearDuplicate.id } : {}),
      }
    : {
        status: "duplicate",
        id: outcome.article.id,
        title: outcome.article.title,
        duplicateOf: outcome.duplicateOf,
        reason: outcome.reason,
      };
}
