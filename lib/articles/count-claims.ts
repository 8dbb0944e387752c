import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

/**
 * Number of claims on each of the given articles, in one grouped query (a list page would
 * otherwise cost one count per row). Articles without claims are absent from the map: read
 * them as 0. Only the claims the caller may see count (`visible`, from `visibleClaimsWhere`).
 */
export async function countClaimsByArticle({
  db,
  articleIds,
  visible,
}: {
  db: Db;
  articleIds: readonly string[];
  visible: Prisma.ClaimWhereInput;
}): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const groups = await db.claim.groupBy({
    by: ["articleId"],
    where: { AND: [visible, { articleId: { in: [...articleIds] } }] },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.articleId, g._count._all]));
}

export interface ClaimedArticle {
  id: string;
  title: string;
  claimCount: number;
}

/**
 * The articles that have claims, by title, with their counts: the choices of the claims
 * table's article filter. Listing only these keeps the filter short however large the corpus
 * grows. `include` adds one more article (the one a URL already filters by) even when it has
 * no claims yet, so the filter can still show what is selected. Only claims the caller may see
 * (`visible`) count.
 */
export async function listClaimedArticles({
  db,
  include,
  visible,
}: {
  db: Db;
  include?: string;
  visible: Prisma.ClaimWhereInput;
}): Promise<ClaimedArticle[]> {
  const groups = await db.claim.groupBy({ by: ["articleId"], where: visible, _count: { _all: true } });
  const counts = new Map(groups.map((g) => [g.articleId, g._count._all]));
  const ids = include && !counts.has(include) ? [...counts.keys(), include] : [...counts.keys()];
  if (ids.length === 0) return [];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return articles.map((a) => ({ ...a, claimCount: counts.get(a.id) ?? 0 }));
}
