import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { readScope } from "@/lib/projects/read-scope";
import { suggestClaims } from "./suggest-claims";
import type { SuggestionWire } from "./wire";

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/**
 * Figures the offline spotter finds in an article, minus the ones the caller dismissed and
 * the ones already tagged as a claim with exactly the same span, counting only the claims the
 * caller may see in the project (`projectId`, else the Default project): in a blind project
 * another annotator's claim never shows as "already tagged". Computed on every request:
 * the spotter is linear and the text is the source of truth, so nothing is stored to go stale.
 * A dismissal only hides a suggestion whose quote it recorded, so if offsets ever came to
 * point at different text the old dismissal would not hide a new figure.
 */
export async function listSuggestions({
  db,
  articleId,
  actor,
  projectId,
}: {
  db: Db;
  articleId: string;
  /** Whose dismissals to leave out (each annotator's are their own) and whose view of the claims counts. */
  actor: Pick<Actor, "id" | "role">;
  projectId?: string;
}): Promise<{ items: SuggestionWire[] }> {
  const userId = actor.id;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { text: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const access = await readScope({ db, actor, projectId });
  const [dismissals, claims] = await Promise.all([
    db.suggestionDismissal.findMany({ where: { articleId, userId }, select: { start: true, end: true, exact: true } }),
    db.claim.findMany({
      where: { AND: [visibleClaimsWhere(access), { articleId }] },
      select: { start: true, end: true },
    }),
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
