import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { buildSelectors } from "@/lib/anchors/selectors";
import { AppError } from "@/lib/http/errors";
import { assertSpan } from "./assert-span";
import { claimSelect, type CreateClaimData } from "./schema";

/**
 * Stores a new draft claim on an article (parse the body with `CreateClaimInput` first).
 * The span must match the article's canonical text exactly (422 otherwise); prefix and suffix
 * are cut from the text here, never taken from the client, so they always agree with it.
 */
export async function createClaim({ db, actor, articleId, input }: { db: Db; actor: Pick<Actor, "id">; articleId: string; input: CreateClaimData }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  assertSpan(article.text, input);
  const selectors = buildSelectors(article.text, input.start, input.end);
  return db.claim.create({
    data: {
      articleId: article.id,
      ...selectors,
      kind: input.kind,
      value: input.value ?? null,
      qualifier: input.qualifier ?? null,
      valueMax: input.valueMax ?? null,
      unit: input.unit ?? null,
      timeRef: input.timeRef ?? null,
      attributedTo: input.attributedTo ?? null,
      note: input.note ?? null,
      authorId: actor.id,
    },
    select: claimSelect,
  });
}
