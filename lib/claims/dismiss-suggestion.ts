import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assertSpan } from "./assert-span";
import type { SpanInput } from "./schema";

/**
 * Hides a suggested span on an article for everyone. Idempotent: dismissing the same span
 * again (even concurrently, which the unique key on article + span settles) changes nothing.
 * The span is checked against the text like a claim's, so no dismissal points at nothing.
 */
export async function dismissSuggestion({
  db,
  actor,
  articleId,
  span,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  articleId: string;
  span: SpanInput;
}) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { text: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  assertSpan(article.text, span);
  const key = { articleId_start_end: { articleId, start: span.start, end: span.end } };
  try {
    await db.suggestionDismissal.upsert({
      where: key,
      create: { articleId, start: span.start, end: span.end, exact: span.exact, userId: actor.id },
      update: {},
    });
  } catch (error) {
    // Two simultaneous first dismissals: the loser's insert hits the unique key, and the
    // winner's row is exactly what the loser wanted.
    if (!isUniqueViolation(error)) throw error;
  }
  return { articleId, start: span.start, end: span.end, exact: span.exact, dismissed: true as const };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
