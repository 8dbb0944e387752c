import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { assertSpan } from "./assert-span";
import type { SpanInput } from "./schema";

/**
 * Hides a suggested span on an article for everyone. Idempotent: dismissing the same span
 * again changes nothing.
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
  const projectId = DEFAULT_PROJECT_ID;
  const where = { projectId, articleId, start: span.start, end: span.end };
  // Two simultaneous first dismissals may both insert; readers treat the span as one dismissal.
  const existing = await db.suggestionDismissal.findFirst({ where, select: { id: true } });
  if (!existing) {
    await db.suggestionDismissal.create({ data: { ...where, exact: span.exact, userId: actor.id } });
  }
  return { articleId, start: span.start, end: span.end, exact: span.exact, dismissed: true as const };
}
