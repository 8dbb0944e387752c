import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { readReviewClaim, throwConflict } from "./claim-conflict";
import { decisionSelect, decisionsNeedingComment, type ReviewClaimData } from "./schema";
import { decisionProblem, statusAfterDecision } from "./workflow";
import { visibleClaim } from "@/lib/projects/visible-claim";

/** The 409 message when another reviewer's decision landed first. */
const ALREADY_DECIDED_MESSAGE =
  "Someone else decided on this claim (or it changed) since you loaded it; your decision was not saved";

/**
 * Approves, rejects or sends back a submitted claim (route checks claims.review).
 *
 * Four eyes: the author can never decide (403). Two reviewers deciding at once: the write is
 * `updateMany where { id, version, status: "submitted" }`, so exactly one matches a row; the
 * other gets 409 with the claim as the winner left it. The decision row and the audit event
 * are written in the same transaction as the status change.
 */
export async function reviewClaim({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  input: ReviewClaimData;
}) {
  // A claim the caller may not see (another annotator's, blind) is a 404, as if it did not exist.
  await visibleClaim({ db, actor, claimId: id });
  const comment = input.comment?.trim() || null;
  // The route's schema already says so; repeated for callers that skip it (CLI, tests).
  if (decisionsNeedingComment.includes(input.decision) && !comment) {
    throw new AppError("validation_failed", "Invalid request: comment: is required for this decision", [
      { path: "comment", message: "is required for this decision" },
    ]);
  }
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw AppError.notFound(`Claim ${id}`);
    const coauthors = await tx.claimCoauthor.findMany({ where: { claimId: id }, select: { userId: true } });
    const problem = decisionProblem({ actor, claim: { ...before, coauthorIds: coauthors.map((c) => c.userId) } });
    if (problem?.code === "forbidden") throw new AppError("forbidden", problem.message);
    if (problem) await throwConflict(tx, id, problem.message);
    if (before.version !== input.version) await throwConflict(tx, id, ALREADY_DECIDED_MESSAGE);

    const status = statusAfterDecision[input.decision];
    const decidedAt = new Date();
    const written = await tx.claim.updateMany({
      where: { id, version: input.version, status: "submitted" },
      data: {
        status,
        reviewerId: actor.id,
        approvedAt: status === "approved" ? decidedAt : null,
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) await throwConflict(tx, id, ALREADY_DECIDED_MESSAGE);

    const decision = await tx.reviewDecision.create({
      data: { claimId: id, reviewerId: actor.id, decision: input.decision, comment, createdAt: decidedAt },
      select: decisionSelect,
    });
    const after = await claimSnapshot(tx, id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `claim.${input.decision}`,
      entityType: "claim",
      entityId: id,
      before,
      after: after && { ...after, decisionId: decision.id, comment },
    });
    return { claim: await readReviewClaim(tx, id), decision };
  });
}
