import type { Db } from "@/lib/db/client";
import { articleSummarySelect, ListArticlesQuery } from "./schema";

/**
 * One page of articles, newest publication first. `q` matches title, publisher, author or
 * text; SQLite's LIKE is already case-insensitive for ASCII, PostgreSQL needs ILIKE.
 */
export async function listArticles({
  db,
  query,
  provider,
}: {
  db: Db;
  query: ListArticlesQuery;
  provider: "sqlite" | "postgresql";
}) {
  const { q, page, pageSize } = ListArticlesQuery.parse(query);
  const mode = provider === "postgresql" ? { mode: "insensitive" as const } : {};
  const where = q
    ? {
        OR: (["title", "publisher", "author", "text"] as const).map((field) => ({ [field]: { contains: q, ...mode } })),
      }
    : {};
  const [total, items] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: articleSummarySelect,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items, page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
