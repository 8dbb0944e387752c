import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { readScope } from "@/lib/projects/read-scope";
import { z } from "zod";
import { suggestClaims, type Suggestion } from "./suggest-claims";
import type { SuggestionWire } from "./wire";

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** A page of suggestions: `offset` counts from the first (after filtering), at most `limit` (1000). */
export const SuggestionsPage = z.object({
  offset: z.coerce.number({ message: "must be a number" }).int().min(0).default(0),
  limit: z.coerce.number({ message: "must be a number" }).int().min(1).max(1000, "must be at most 1000").default(1000),
});

// What the spotter found in an article's text, by article, for the text version it was read from
// (every text change bumps the version). Only the text-derived list is kept: who dismissed or
// tagged what is read per request. At most CACHED_ARTICLES, least recently used dropped first.
const CACHED_ARTICLES = 64;
const spotted = new Map<string, { version: number; suggestions: Suggestion[] }>();

/** The spotter's suggestions for an article's current text, computed once per text version. */
async function spottedIn(db: Db, articleId: string): Promise<Suggestion[]> {
  const current = await db.article.findUnique({ where: { id: articleId }, select: { version: true } });
  if (!current) throw AppError.notFound(`Article ${articleId}`);
  const cached = spotted.get(articleId);
  if (cached && cached.version === current.version) {
    spotted.delete(articleId);
    spotted.set(articleId, cached);
    return cached.suggestions;
  }
  const article = await db.article.findUnique({ where: { id: articleId }, select: { text: true, version: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const suggestions = suggestClaims(article.text);
  spotted.delete(articleId);
  spotted.set(articleId, { version: article.version, suggestions });
  if (spotted.size > CACHED_ARTICLES) spotted.delete(spotted.keys().next().value as string);
  return suggestions;
}

/**
 * Figures the offline spotter finds in an article, minus the ones the caller dismissed and
 * the ones already tagged as a claim with exactly the same span, counting only the claims the
 * caller may see in the project (`projectId`, else the Default project): in a blind project
 * another annotator's claim never shows as "already tagged". A page at a time (`page`). The
 * spotter runs once per text version of the article (half a second on a 2-million-character
 * text), its list kept in memory; the filtering is per request. A dismissal only hides a suggestion whose quote it recorded, so if offsets ever came to
 * point at different text the old dismissal would not hide a new figure.
 */
export async function listSuggestions({
  db,
  articleId,
  actor,
  projectId,
  page = SuggestionsPage.parse({}),
}: {
  db: Db;
  articleId: string;
  /** Whose dismissals to leave out (each annotator's are their own) and whose view of the claims counts. */
  actor: Pick<Actor, "id" | "role">;
  projectId?: string;
  page?: z.infer<typeof SuggestionsPage>;
}): Promise<{ items: SuggestionWire[]; total: number; nextOffset: number | null }> {
  const userId = actor.id;
  const found = await spottedIn(db, articleId);
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
  const shown = found.filter((s) => dismissed.get(spanKey(s)) !== s.exact && !claimed.has(spanKey(s)));
  const items = shown
    .slice(page.offset, page.offset + page.limit)
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
  const next = page.offset + page.limit;
  return { items, total: shown.length, nextOffset: next < shown.length ? next : null };
}
