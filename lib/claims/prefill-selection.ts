import type { Db } from "@/lib/db/client";
import { validateSpan } from "@/lib/anchors/selectors";
import { AppError } from "@/lib/errors";
import { parseSelection, type SelectionPrefill } from "./parse-selection";

/**
 * Server side of the tagging popover: `parseSelection` on an article's text. An inverted or
 * out-of-range selection is refused (422) rather than clamped, since it means the client's
 * offsets are off; one that splits an emoji is fine, snapping widens it anyway. A selection
 * of only whitespace is refused too: there is nothing to tag.
 */
export async function prefillSelection({
  db,
  articleId,
  start,
  end,
}: {
  db: Db;
  articleId: string;
  start: number;
  end: number;
}): Promise<SelectionPrefill> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { text: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const problem = validateSpan(article.text, { start, end, exact: article.text.slice(start, end) });
  if (problem && problem.code !== "splits-surrogate") {
    throw new AppError("validation_failed", problem.message, [{ path: problem.field, message: problem.message }]);
  }
  const prefill = parseSelection({ text: article.text, start, end });
  if (!prefill.exact) {
    const message = `The selection [${start}, ${end}) holds only whitespace; select the words to tag.`;
    throw new AppError("validation_failed", message, [{ path: "start", message }]);
  }
  return prefill;
}
