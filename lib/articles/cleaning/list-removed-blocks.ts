import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseRemovedBlocks } from "./replace-article-text";

/**
 * What cleaning left out of an article ("removed by cleaning"), each block with its index
 * (what `restoreBlock` takes), text and reason, plus the version a restore must send. Block
 * texts are plain text: render them as text, never as HTML.
 */
export async function listRemovedBlocks({ db, articleId }: { db: Db; articleId: string }) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, removedBlocks: true, rawFormat: true, version: true },
  });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const removed = parseRemovedBlocks(article.removedBlocks)
    .map(({ index, text, reason }) => ({ index, text, reason }))
    .sort((a, b) => a.index - b.index);
  return { articleId: article.id, version: article.version, rawFormat: article.rawFormat, removed };
}
