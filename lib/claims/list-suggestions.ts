import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { suggestClaims } from "./suggest-claims";
import type { SuggestionWire } from "./wire";

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/**
 * Figures the offline spotter finds in an article, minus the ones the caller dismissed and
 * the ones already tagged as a claim with exactly the same span. Computed on every request:
 * the spotter is linear and the text is the source of truth, so nothing is stored to go stale.
 * A dismissal only hides a suggestion whose quote it recorded, so if offsets ever came to
 * point at different text the old dismissal would not hide a new figure.
 */
export async function listSuggestions({
  db,
  articleId,
  userId,
}: {
  db: Db;
  articleId: string;
  /** Whose dismissals to leave out: each annotator's are their own. */
  userId: string;
}): Promise<{ items: SuggestionWire[] }> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { text: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const [dismissals, claims] = await Promise.all([
    db.suggestionDismissal.findMany({ where: { articleId, userId }, select: { start: true, end: true, exact: true } }),
    db.claim.findMany({ where: { articleId }, select: { start: true, end: true } }),
  ]);
  const dismissed = new Map(dismissals.map((d) => [spanKey(d), d.exact]));
  const claimed = new Set(claims.map(spanKey));
  const items = suggestClaims(article.text)
    .filter((s) => dismissed.get(spanKey(s)) !== s.exact && !claimed.has(spanKey(s)))
    .map(({ start, end, exact, kind, value, qualifier, valueMax, unit }) => ({
      start,
      end,
      exact,
      kind,
      value,
      qualifier,
      ...(valueMax !== undefined ? { valueMax } : {}),
      unit: unit ?? null,
    }));
  return { items };
}
