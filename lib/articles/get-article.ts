import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { articleSummarySelect } from "./schema";

/**
 * An article with its canonical text (and, on request, the raw original), and who imported it:
 * by name, with the email only when `withEmails` (admins).
 */
export async function getArticle({
  db,
  id,
  withRaw = false,
  withEmails = false,
}: {
  db: Db;
  id: string;
  withRaw?: boolean;
  withEmails?: boolean;
}) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      ...articleSummarySelect,
      text: true,
      rawFormat: true,
      rawOriginal: withRaw,
      importedBy: { select: { id: true, name: true, email: withEmails } },
    },
  });
  if (!article) throw AppError.notFound(`Article ${id}`);
  return article;
}
