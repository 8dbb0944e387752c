import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { buildSelectors } from "@/lib/anchors/selectors";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { assertSpan } from "./assert-span";
import { claimSelect, type CreateClaimData } from "./schema";

/**
 * Stores a new draft claim on an article (parse the body with `CreateClaimInput` first).
 * The span must match the article's canonical text exactly (422 otherwise); prefix and suffix
 * are cut from the text here, never taken from the client, so they always agree with it.
 * The claim and its `claim.create` audit event are written in one transaction.
 */
export async function createClaim({
  db,
  actor,
  articleId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  articleId: string;
  input: CreateClaimData;
}) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  assertSpan(article.text, input);
  const selectors = buildSelectors(article.text, input.start, input.end);
  return db.$transaction(async (tx) => {
    const { id } = await tx.claim.create({
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
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.create",
      entityType: "claim",
      entityId: id,
      after: await claimSnapshot(tx, id),
    });
    return tx.claim.findUniqueOrThrow({ where: { id }, select: claimSelect });
  });
}
