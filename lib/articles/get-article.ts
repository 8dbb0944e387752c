import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { articleSummarySelect } from "./schema";

/** An article with its canonical text (and, on request, the raw original). */
export async function getArticle({ db, id, withRaw = false }: { db: Db; id: string; withRaw?: boolean }) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      ...articleSummarySelect,
      text: true,
      rawFormat: true,
      rawOriginal: withRaw,
      importedBy: { select: { id: true, name: true, email: true } },
    },
  });
  if (!article) throw AppError.notFound(`Article ${id}`);
  return article;
}
