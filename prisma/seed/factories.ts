import type { Db } from "../../lib/db/client";
import type { Role } from "../../lib/auth/permissions";
import { createUser } from "../../lib/users/create-user";
import { createArticle } from "../../lib/articles/create-article";
import { recleanArticle } from "../../lib/articles/cleaning/reclean-article";
import { CreateArticleInput } from "../../lib/articles/schema";
import { publicUserSelect } from "../../lib/users/schema";

/** Returns the user with this email, creating it if missing (existing accounts are left as they are). */
export async function seedUser(db: Db, input: { email: string; name: string; role: Role; password: string }) {
  const existing = await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: publicUserSelect });
  if (existing) return { user: existing, created: false };
  return { user: await createUser({ db, input }), created: true };
}

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
