import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimSelect } from "./schema";

/**
 * Every claim on one article in reading order: by start, and where two start together the
 * longer first, so an enclosing span is drawn before the spans nested in it.
 */
export async function listArticleClaims({ db, articleId }: { db: Db; articleId: string }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const items = await db.claim.findMany({
    where: { articleId },
    select: claimSelect,
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return { items };
}
