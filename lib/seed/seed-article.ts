import type { Db } from "@/lib/db/client";
import { createArticle } from "@/lib/articles/create-article";
import { recleanArticle } from "@/lib/articles/cleaning/reclean-article";
import { CreateArticleInput } from "@/lib/articles/schema";

/**
 * Stores an article, cleaned, unless it is already there. A row seeded before imports were
 * cleaned (same raw original, no fingerprint) is cleaned in place instead, its claims
 * re-anchored, so re-running the seed upgrades an old database without copies.
 */
export async function seedArticle(
  db: Db,
  input: CreateArticleInput,
  importedById: string | null = null,
  rawOriginal?: string,
) {
  const data = CreateArticleInput.parse(input);
  const raw = rawOriginal ?? data.text ?? data.html ?? "";
  const stale = await db.article.findFirst({ where: { rawOriginal: raw, fingerprint: null }, select: { id: true } });
  if (stale) {
    const { article } = await recleanArticle({ db, articleId: stale.id });
    return { article, created: false, recleaned: true };
  }
  const outcome = await createArticle({
    db,
    actor: importedById ? { id: importedById } : null,
    input: data,
    rawOriginal: raw,
  });
  return { article: outcome.article, created: outcome.created, recleaned: false };
}
