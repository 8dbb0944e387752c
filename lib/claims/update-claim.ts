import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { buildSelectors } from "@/lib/anchors/selectors";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { assertClaimAccess, editableStatuses, isReviewerStatementEdit, STALE_CLAIM_MESSAGE } from "./claim-access";
import { assertSpan } from "./assert-span";
import { accessCan, projectAccess } from "@/lib/projects/project-access";
import { assertKindInSchema, assertVerdictInSchema } from "@/lib/projects/claim-write-context";
import { touchAssignment } from "@/lib/assignments/touch-assignment";
import { claimSelect, rangeProblem, verdictProblem, type UpdateClaimData } from "./schema";
import { visibleClaim } from "@/lib/projects/visible-claim";

/**
 * Changes some attributes (and optionally the span) of a draft or changes-requested claim, or
 * (a reviewer of the project, from the review queue) the statement of a submitted one
 * (`isReviewerStatementEdit`).
 *
 * Optimistic concurrency: the write is a conditional `updateMany` on `{ id, version }` that
 * bumps the version, so of two edits made from the same version exactly one lands and the
 * other gets 409 with the current claim, on SQLite and on PostgreSQL alike (PostgreSQL
 * re-checks the WHERE after the row lock is released). The earlier read only serves good
 * error messages; the conditional write is what decides.
 */
export async function updateClaim({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  input: UpdateClaimData;
}) {
  // A claim the caller may not see (another annotator's, blind) is a 404, as if it did not exist.
  await visibleClaim({ db, actor, claimId: id });
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id }, select: { ...claimSelect, authorId: true } });
    if (!current) throw AppError.notFound(`Claim ${id}`);
    // Someone who can no longer see the project (removed from it) cannot change its claims either.
    const access = await projectAccess({
      db: tx,
      actor,
      projectId: current.projectId,
      permission: "project.annotate",
    }).catch(() => {
      throw AppError.notFound(`Claim ${id}`);
    });
    const { authorId, ...currentClaim } = current;
    const reviewerEdit =
      isReviewerStatementEdit({ actor, claim: { authorId, status: current.status }, input }) &&
      accessCan(access, "project.review");
    if (!reviewerEdit) {
      assertClaimAccess({
        actor,
        claim: { authorId, status: current.status },
        action: "edit",
        details: { current: currentClaim },
      });
    }
    if (current.version !== input.version) {
      throw new AppError("conflict", STALE_CLAIM_MESSAGE, undefined, { current: currentClaim });
    }

    const merged = {
      value: input.value === undefined ? current.value : input.value,
      qualifier: input.qualifier === undefined ? current.qualifier : input.qualifier,
      valueMax: input.valueMax === undefined ? current.valueMax : input.valueMax,
    };
    const problem =
      rangeProblem(merged) ??
      verdictProblem({
        verdict: input.verdict === undefined ? current.verdict : input.verdict,
        justification: input.justification === undefined ? current.justification : input.justification,
      });
    if (problem) {
      throw new AppError("validation_failed", `Invalid request: ${problem.path}: ${problem.message}`, [problem]);
    }

    if (input.kind !== undefined && input.kind !== current.kind)
      await assertKindInSchema(tx, current.projectId, input.kind);
    if (input.verdict) await assertVerdictInSchema(tx, current.projectId, input.verdict);
    if (current.assignmentId && !reviewerEdit)
      await touchAssignment(tx, { assignmentId: current.assignmentId, actorId: actor.id, now: new Date() });

    let selectors: ReturnType<typeof buildSelectors> | undefined;
    if (input.start !== undefined && input.end !== undefined && input.exact !== undefined) {
      const article = await tx.article.findUniqueOrThrow({ where: { id: current.articleId }, select: { text: true } });
      const span = { start: input.start, end: input.end, exact: input.exact };
      assertSpan(article.text, span);
      selectors = buildSelectors(article.text, span.start, span.end);
    }

    // The full row for the audit trail; if the conditional write below lands, this is what it replaced.
    const before = await claimSnapshot(tx, id);
    // `undefined` leaves a column as it is; `null` clears it.
    const written = await tx.claim.updateMany({
      where: { id, version: input.version, status: { in: reviewerEdit ? ["submitted"] : [...editableStatuses] } },
      data: {
        ...selectors,
        kind: input.kind,
        value: input.value,
        qualifier: input.qualifier,
        valueMax: input.valueMax,
        unit: input.unit,
        timeRef: input.timeRef,
        attributedTo: input.attributedTo,
        authorType: input.authorType,
        statement: input.statement,
        note: input.note,
        verdict: input.verdict,
        justification: input.justification,
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) {
      const latest = await tx.claim.findUnique({ where: { id }, select: claimSelect });
      if (!latest) throw AppError.notFound(`Claim ${id}`);
      throw new AppError("conflict", STALE_CLAIM_MESSAGE, undefined, { current: latest });
    }
    // Someone other than the author (an admin) who edits becomes a co-author: the claim is
    // theirs too, so they may no longer decide on it (`decisionProblem`), and the trail says so.
    // A reviewer's statement does not (`isReviewerStatementEdit`).
    const coauthor = authorId !== actor.id && !reviewerEdit;
    if (coauthor) {
      await tx.claimCoauthor.upsert({
        where: { claimId_userId: { claimId: id, userId: actor.id } },
        create: { claimId: id, userId: actor.id },
        update: {},
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.update",
      entityType: "claim",
      entityId: id,
      before,
      after: { ...(await claimSnapshot(tx, id)), ...(coauthor ? { coauthorAdded: actor.id } : {}) },
    });
    return tx.claim.findUniqueOrThrow({ where: { id }, select: claimSelect });
  });
}
