import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { articleSummarySelect, type CreateArticleData } from "./schema";
import { canonicalText, countWords } from "./canonical-text";
import { contentHash } from "./fingerprint";

/**
 * Stores a validated article (parse with `CreateArticleInput` first): the raw original verbatim, and the canonical text claims will point into.
 * Returns `{ article, created: false }` instead of a copy when the same text is already stored
 * (unless `force`).
 */
export async function createArticle({
  db,
  actor,
  input,
  rawOriginal,
  rawFormat = "text",
  force = false,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  input: CreateArticleData;
  rawOriginal?: string;
  rawFormat?: string;
  force?: boolean;
}) {
  const text = canonicalText(input.text);
  const hash = contentHash(text);
  if (!force) {
    const existing = await db.article.findFirst({ where: { contentHash: hash }, select: articleSummarySelect, orderBy: { importedAt: "asc" } });
    if (existing) return { article: existing, created: false };
  }
  const article = await db.article.create({
    data: {
      title: input.title,
      publisher: input.publisher ?? null,
      author: input.author ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      text,
      contentHash: hash,
      wordCount: countWords(text),
      rawOriginal: rawOriginal ?? input.text,
      rawFormat,
      importedById: actor?.id ?? null,
    },
    select: articleSummarySelect,
  });
  return { article, created: true };
}
