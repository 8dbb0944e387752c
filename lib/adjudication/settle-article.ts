import "server-only";
import { decideEscalation } from "@/lib/agreement/escalation";
import { EscalationMeasure } from "@/lib/agreement/escalation-measure";
import type { ArticleLayers } from "@/lib/agreement/types";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/projects/include-articles";
import { loadArticleState, unitClaimIds, type ArticleState } from "./article-state";
import { createGoldClaim, linkGoldEvidence, linkPendingEvidence, versionOf } from "./gold-claims";
import { planUnit, type AutoMergeMode } from "./merge-unit";

export type SettleResult =
  | { action: "none"; why: "not_annotated" | "already_open" | "single_layer" }
  | { action: "escalated"; measure: string; value: number; targetAnnotators: number }
  | { action: "opened"; adjudicationId: string; merged: number; rejected: number; undecided: number };

function articleLayers(state: ArticleState): ArticleLayers {
  return {
    articleId: state.articleId,
    annotatorIds: state.annotatorIds,
    claims: [...state.claims.values()],
  };
}

/**
 * What happens, in the caller's transaction, when the last of an article's assignments is
 * submitted (the article is "annotated"):
 *
 * 1. Low agreement asks for another pair of eyes: when the project names an escalation measure,
 *    threshold and maximum, and the article's value on the measure is below the threshold with
 *    fewer annotators than the maximum, the article gets one more slot (target + 1, back to
 *    "open" for the queue) and nothing else happens until that layer is submitted too.
 * 2. Otherwise the article enters adjudication: its Adjudication opens, and the project's
 *    auto-merge rule settles the units it can (unanimous or majority versions become gold claims
 *    with their provenance and the union of their evidence; a majority without the claim
 *    rejects it). The rest waits for a reviewer.
 *
 * Every step is audited in the same transaction.
 */
export async function settleAnnotatedArticle(
  tx: Tx,
  { projectId, articleId, actorId }: { projectId: string; articleId: string; actorId: string | null },
): Promise<SettleResult> {
  const state = await loadArticleState(tx, projectId, articleId);
  if (!state || state.projectArticle.state !== "annotated") return { action: "none", why: "not_annotated" };
  if (state.adjudication) return { action: "none", why: "already_open" };
  // One annotator per article is the single-annotator flow: their claims go to review as they are.
  if (state.annotatorIds.length < 2) return { action: "none", why: "single_layer" };
  const { project } = state;

  const measure = EscalationMeasure.safeParse(project.escalationMeasure);
  if (measure.success && project.escalationThreshold !== null && project.escalationMaxAnnotators !== null) {
    const decision = decideEscalation(
      articleLayers(state),
      { measure: measure.data, threshold: project.escalationThreshold, maxAnnotators: project.escalationMaxAnnotators },
      { overlapThreshold: project.overlapThreshold, valueTolerance: project.valueTolerance },
    );
    if (decision.escalate) {
      const target = state.projectArticle.targetAnnotators + 1;
      const moved = await tx.projectArticle.updateMany({
        where: { projectId, articleId, state: "annotated" },
        data: { targetAnnotators: target, state: "open", annotatedAt: null },
      });
      if (moved.count === 1) {
        await recordAudit(tx, {
          actorId,
          action: "article.escalate",
          entityType: "article",
          entityId: articleId,
          before: { projectId, state: "annotated", targetAnnotators: state.projectArticle.targetAnnotators },
          after: {
            projectId,
            state: "open",
            targetAnnotators: target,
            measure: measure.data,
            value: decision.value,
            threshold: project.escalationThreshold,
          },
        });
        return { action: "escalated", measure: measure.data, value: decision.value!, targetAnnotators: target };
      }
    }
  }

  const adjudication = await tx.adjudication.create({
    data: { projectId, articleId },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "adjudication.open",
    entityType: "article",
    entityId: articleId,
    after: {
      projectId,
      adjudicationId: adjudication.id,
      annotators: state.annotatorIds.length,
      units: state.alignment.units.length,
    },
  });
  const opened = { ...state, adjudication: { id: adjudication.id, state: "open", version: adjudication.version } };
  const rule = { mode: project.autoMerge as AutoMergeMode, majorityThreshold: project.majorityThreshold };
  let merged = 0;
  let rejected = 0;
  if (rule.mode === "unanimous" || rule.mode === "majority") {
    for (const unit of state.alignment.units) {
      const plan = planUnit(unit, state.annotatorIds, rule, state.unitOfClaim);
      if (plan.action === "adjudicate") continue;
      const ids = unitClaimIds(unit);
      const sourceIds = new Set(plan.sources.map((s) => s.id));
      let goldClaimId: string | null = null;
      if (plan.action === "merge") {
        goldClaimId = await createGoldClaim(tx, {
          state: opened,
          version: versionOf(plan.base),
          authorId: plan.base.authorId,
          actorId,
        });
      }
      await tx.adjudicationDecision.create({
        data: {
          adjudicationId: adjudication.id,
          action: plan.action,
          provenance: plan.provenance,
          takenClaimId: plan.action === "merge" ? plan.base.id : null,
          reasonCode: plan.action === "reject" ? plan.reasonCode : null,
          goldClaimId,
          claims: {
            create: ids.map((claimId) => ({
              claimId,
              role: plan.action === "merge" && sourceIds.has(claimId) ? "source" : "other",
            })),
          },
        },
      });
      if (goldClaimId && plan.action === "merge") {
        const conflicts = await linkGoldEvidence(tx, {
          state: opened,
          goldClaimId,
          sources: plan.sources,
          actorId,
          createdById: plan.base.authorId,
        });
        // planUnit merges only when the merged claims' links agree, so there is nothing to choose.
        if (conflicts.length > 0) throw new Error("auto-merge met a stance conflict planUnit had not");
        await linkPendingEvidence(tx, { goldClaimId, unitClaims: ids, actorId, createdById: plan.base.authorId });
        merged++;
      } else {
        rejected++;
      }
    }
    if (merged + rejected > 0) {
      await tx.adjudication.update({ where: { id: adjudication.id }, data: { version: { increment: 1 } } });
      await recordAudit(tx, {
        actorId,
        action: "adjudication.merge",
        entityType: "article",
        entityId: articleId,
        after: {
          projectId,
          adjudicationId: adjudication.id,
          rule: rule.mode,
          majorityThreshold: rule.majorityThreshold,
          merged,
          rejected,
        },
      });
    }
  }
  return {
    action: "opened",
    adjudicationId: adjudication.id,
    merged,
    rejected,
    undecided: state.alignment.units.length - merged - rejected,
  };
}
