import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { AuthorType } from "@/lib/claims/wire-values";
import { CLAIM_TEXT_LIMITS } from "./schema";

// A sentence ends at . ! ? (or an ellipsis), with closing quotes or brackets, before white space
// (matched too, and left out of the end: a lookahead would keep the ReDoS checker from proving the
// pattern linear, and its fuzzer's verdict on a busy machine is not always the same).
const SENTENCE_END = /[.!?…]["'”’)\]]*\s/g;

/**
 * The sentence of `text` that holds `[start, end)`: from after the last sentence end (or line
 * break) before the span to the first sentence end (or line break) after it. A span that crosses
 * sentences gets all of them.
 */
function sentenceAround(text: string, start: number, end: number): string {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineBreak = text.indexOf("\n", end);
  const paragraphEnd = lineBreak === -1 ? text.length : lineBreak;
  let from = paragraphStart;
  let to = paragraphEnd;
  SENTENCE_END.lastIndex = paragraphStart;
  for (let m = SENTENCE_END.exec(text); m && m.index < paragraphEnd; m = SENTENCE_END.exec(text)) {
    const after = m.index + m[0].length - 1;
    if (after <= start) from = after;
    else if (m.index >= end - 1 && after >= end) {
      to = after;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}

/**
 * The statement a new claim starts with: the sentence around its span (which gives the figure
 * and, as the text has them, its date and place), with the article's publication day when the
 * sentence names no year, so the statement stands on its own. The annotator edits it.
 */
export function statementFrom(article: { text: string; publishedAt: Date | null }, start: number, end: number) {
  const sentence = sentenceAround(article.text, start, end);
  const day = article.publishedAt?.toISOString().slice(0, 10);
  const dated = day && !/\b(1[5-9]|20)\d\d\b/.test(sentence) ? `${sentence} (reported ${day})` : sentence;
  return dated.length <= CLAIM_TEXT_LIMITS.statement ? dated : sentence.slice(0, CLAIM_TEXT_LIMITS.statement);
}

/**
 * The author type a new claim starts with: what an annotator last chose in the same project for
 * the same `attributedTo` (people and organisations recur across a corpus), else none. Taken from
 * the data, never guessed from the name's words.
 */
export async function authorTypeUsedBefore(
  tx: Prisma.TransactionClient,
  projectId: string,
  attributedTo: string | null,
): Promise<AuthorType | null> {
  if (!attributedTo) return null;
  const before = await tx.claim.findFirst({
    where: { projectId, attributedTo, authorType: { not: null } },
    orderBy: { updatedAt: "desc" },
    select: { authorType: true },
  });
  return (before?.authorType as AuthorType | undefined) ?? null;
}
