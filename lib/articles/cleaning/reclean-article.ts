import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { cleanSource, type SourceFormat } from "./clean-source";
import { replaceArticleText, type ReplaceTextResult, type StoredArticle } from "./replace-article-text";
import { CreateArticleInput } from "../schema";

/**
 * Re-runs cleaning over an article's stored raw original (after the cleaner improved, or for
 * rows imported before cleaning existed) and re-anchors its claims. Blocks an annotator had
 * restored are removed again if the cleaner still judges them boilerplate: this is a reset.
 * @param version Expected article version (409 when stale); omit for maintenance runs.
 */
export async function recleanArticle({
  db,
  actor = null,
  articleId,
  version,
}: {
  db: Db;
  actor?: Pick<Actor, "id"> | null;
  articleId: string;
  version?: number;
}): Promise<ReplaceTextResult> {
  return replaceArticleText({
    db,
    articleId,
    expectedVersion: version,
    audit: { actorId: actor?.id ?? null, action: "article.reclean" },
    compute: (article) => {
      const { text, removed } = cleanSource(sourceOf(article));
      return {
        text,
        removed: removed.map(({ index, text: blockText, reason }) => ({ index, text: blockText, reason })),
      };
    },
  });
}

/** The document a stored raw original holds; a JSONL line holds an article object. */
function sourceOf(article: StoredArticle): { format: SourceFormat; content: string; baseUrl?: string } {
  if (article.rawFormat === "html" || article.rawFormat === "markdown" || article.rawFormat === "text") {
    return { format: article.rawFormat, content: article.rawOriginal };
  }
  if (article.rawFormat === "jsonl") {
    let value: unknown;
    try {
      value = JSON.parse(article.rawOriginal);
    } catch {
      throw new AppError("internal", "The stored JSONL line is not valid JSON");
    }
    const parsed = CreateArticleInput.safeParse(value);
    if (!parsed.success) throw new AppError("internal", "The stored JSONL line is no longer a valid article");
    const { html, text, url } = parsed.data;
    return html !== undefined
      ? { format: "html", content: html, baseUrl: url }
      : { format: "text", content: text ?? "" };
  }
  throw new AppError("internal", `Unknown raw format "${article.rawFormat}"`);
}
