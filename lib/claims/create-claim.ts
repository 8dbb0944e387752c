import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { buildSelectors } from "@/lib/anchors/selectors";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { assertSpan } from "./assert-span";
import { authorTypeUsedBefore, statementFrom } from "./claim-prefill";
import { claimSelect, type CreateClaimData } from "./schema";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { assertKindInSchema, claimWriteContext } from "@/lib/projects/claim-write-context";
import { touchAssignment } from "@/lib/assignments/touch-assignment";
import type { Tx } from "@/lib/projects/include-articles";

/**
 * Stores a new draft claim on an article (parse the body with `CreateClaimInput` first).
 * The span must match the article's canonical text exactly (422 otherwise); prefix and suffix
 * are cut from the text here, never taken from the client, so they always agree with it.
 * The claim belongs to `input.projectId` (the Default project when absent): the article must be
 * in that project, the kind in its schema, and where the article is annotated by several people
 * or blind, the claim joins the caller's open assignment of it (`claimWriteContext`). It records
 * the guidelines version in force. The claim and its `claim.create` audit event are written in
 * one transaction.
 */
export async function createClaim({
  db,
  actor,
  articleId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  articleId: string;
  input: CreateClaimData;
}) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, text: true, publishedAt: true },
  });
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  assertSpan(article.text, input);
  const selectors = buildSelectors(article.text, input.start, input.end);
  const projectId = input.projectId ?? DEFAULT_PROJECT_ID;
  return db.$transaction(async (tx) => {
    const context = await claimWriteContext(tx, { actor, projectId, articleId: article.id });
    await assertKindInSchema(tx, projectId, input.kind);
    await assertNotDuplicate(tx, {
      projectId,
      articleId: article.id,
      authorId: actor.id,
      start: input.start,
      end: input.end,
    });
    const now = new Date();
    if (context.assignmentId) await touchAssignment(tx, { assignmentId: context.assignmentId, actorId: actor.id, now });
    const { id } = await tx.claim.create({
      data: {
        projectId,
        layer: "annotation",
        assignmentId: context.assignmentId,
        guidelinesVersionId: context.guidelinesVersionId,
        articleId: article.id,
        ...selectors,
        kind: input.kind,
        value: input.value ?? null,
        qualifier: input.qualifier ?? null,
        valueMax: input.valueMax ?? null,
        unit: input.unit ?? null,
        timeRef: input.timeRef ?? null,
        attributedTo: input.attributedTo ?? null,
        authorType:
          input.authorType !== undefined
            ? input.authorType
            : await authorTypeUsedBefore(tx, projectId, input.attributedTo ?? null),
        statement: input.statement !== undefined ? input.statement : statementFrom(article, input.start, input.end),
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

/** 409 when the author already has a claim on exactly this span of the article in this project. */
async function assertNotDuplicate(
  tx: Tx,
  where: { projectId: string; articleId: string; authorId: string; start: number; end: number },
) {
  const { projectId, articleId, authorId, start, end } = where;
  const existing = await tx.claim.findFirst({
    where: { projectId, articleId, authorId, start, end, layer: "annotation" },
    orderBy: { createdAt: "asc" },
    select: claimSelect,
  });
  if (!existing) return;
  throw new AppError(
    "conflict",
    `You already tagged this span (“${existing.exact}”) as a claim on this article; open that claim instead of making a second`,
    undefined,
    { existingClaimId: existing.id, current: existing },
  );
}
