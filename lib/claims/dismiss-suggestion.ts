import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { assertSpan } from "./assert-span";
import type { SpanInput } from "./schema";

/**
 * Hides a suggested span on an article for the caller only: another annotator still sees it.
 * The dismissal and its `suggestion.dismiss` audit event are one transaction. Idempotent:
 * dismissing the same span again (even concurrently, which the unique key settles) changes
 * nothing and records nothing. The span is checked against the text like a claim's.
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
  const key = { projectId: DEFAULT_PROJECT_ID, articleId, userId: actor.id, start: span.start, end: span.end };
  try {
    await db.$transaction(async (tx) => {
      if (await tx.suggestionDismissal.findFirst({ where: key, select: { id: true } })) return;
      const dismissal = await tx.suggestionDismissal.create({ data: { ...key, exact: span.exact } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "suggestion.dismiss",
        entityType: "article",
        entityId: articleId,
        after: { dismissalId: dismissal.id, start: span.start, end: span.end, exact: span.exact },
      });
    });
  } catch (error) {
    // Two simultaneous first dismissals by the same person: the loser's insert hits the unique
    // key, and the winner's row (with its audit event) is exactly what the loser wanted.
    if (!isUniqueViolation(error)) throw error;
  }
  return { articleId, start: span.start, end: span.end, exact: span.exact, dismissed: true as const };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
