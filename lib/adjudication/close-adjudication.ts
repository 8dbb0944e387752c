import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { projectAccess } from "@/lib/projects/project-access";
import { adjudicationView, type AdjudicationView } from "./adjudication-view";
import { loadArticleState, undecidedUnits } from "./article-state";
import { claimVersion } from "./decide-unit";

/**
 * Closes an article's adjudication once every unit is decided (409 naming how many are not):
 * the article becomes "adjudicated" (blind no longer hides its layers), and its gold claims
 * enter review — submitted, or approved at once when the project says adjudication is the
 * review (with an approve decision by the adjudicator, so the review history says so). One
 * transaction with the audit events; the change names the version it was made on (409).
 */
export async function closeAdjudication({
  db,
  actor,
  projectId,
  articleId,
  version,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  articleId: string;
  version: number;
  now?: Date;
}): Promise<AdjudicationView> {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  return db.$transaction(async (tx) => {
    const state = await loadArticleState(tx, projectId, articleId);
    if (!state) throw AppError.notFound(`Article ${articleId} in project ${projectId}`);
    const open = undecidedUnits(state);
    if (state.adjudication && state.adjudication.version === version && open.length > 0) {
      throw new AppError(
        "conflict",
        `${open.length} unit${open.length === 1 ? " is" : "s are"} still undecided: decide ${open.length === 1 ? "it" : "them"} before closing`,
        undefined,
        { undecided: open.map((u) => u.id) },
      );
    }
    await claimVersion(tx, state, version);
    await tx.adjudication.update({
      where: { id: state.adjudication!.id },
      data: { state: "done", closedById: actor.id, closedAt: now },
    });
    await tx.projectArticle.update({
      where: { projectId_articleId: { projectId, articleId } },
      data: { state: "adjudicated", adjudicatedAt: now },
    });
    const approve = state.project.adjudicationIsReview;
    const goldIds = state.decisions.map((d) => d.goldClaimId).filter((id): id is string => id !== null);
    for (const id of goldIds) {
      const before = await claimSnapshot(tx, id);
      await tx.claim.update({
        where: { id },
        data: approve
          ? { status: "approved", submittedAt: now, reviewerId: actor.id, approvedAt: now, version: { increment: 1 } }
          : { status: "submitted", submittedAt: now, version: { increment: 1 } },
      });
      if (approve) {
        await tx.reviewDecision.create({
          data: {
            claimId: id,
            reviewerId: actor.id,
            decision: "approve",
            comment: "Adjudication is this project's review",
          },
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: approve ? "claim.approve" : "claim.submit",
        entityType: "claim",
        entityId: id,
        before,
        after: await claimSnapshot(tx, id),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "adjudication.close",
      entityType: "article",
      entityId: articleId,
      before: { projectId, state: "open" },
      after: { projectId, state: "done", goldClaims: goldIds.length, approved: approve },
    });
    return adjudicationView(tx, (await loadArticleState(tx, projectId, articleId))!);
  });
}
