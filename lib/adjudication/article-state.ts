import "server-only";
import { alignClaims, type AlignedUnit, type ArticleAlignment } from "@/lib/agreement/align-claims";
import type { Tx } from "@/lib/projects/include-articles";
import type { Db } from "@/lib/db/client";
import { evidenceLinkSelect } from "@/lib/evidence/schema";
import type { MergeableClaim } from "./merge-unit";

/** An annotator's submitted claim with everything a gold claim can take over from it. */
export interface SourceClaim extends MergeableClaim {
  exact: string;
  prefix: string;
  suffix: string;
  justification: string | null;
  note: string | null;
  authorId: string;
  /** The full evidence rows (the agreement view in `evidence` keeps only target and stance). */
  links: SourceLink[];
}

export interface SourceLink {
  targetClaimId: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  quote: string | null;
  accessedAt: Date | null;
  stance: string;
  note: string | null;
}

export interface CurrentDecision {
  id: string;
  action: string;
  provenance: string;
  takenClaimId: string | null;
  reasonCode: string | null;
  comment: string | null;
  goldClaimId: string | null;
  adjudicatorId: string | null;
  createdAt: Date;
  claims: { claimId: string; role: string }[];
}

const projectAdjudicationSelect = {
  overlapThreshold: true,
  valueTolerance: true,
  autoMerge: true,
  majorityThreshold: true,
  anonymousAdjudication: true,
  adjudicationIsReview: true,
  escalationMeasure: true,
  escalationThreshold: true,
  escalationMaxAnnotators: true,
} as const;

export interface ArticleState {
  projectId: string;
  articleId: string;
  project: {
    overlapThreshold: number;
    valueTolerance: number;
    autoMerge: string;
    majorityThreshold: number;
    anonymousAdjudication: boolean;
    adjudicationIsReview: boolean;
    escalationMeasure: string | null;
    escalationThreshold: number | null;
    escalationMaxAnnotators: number | null;
  };
  projectArticle: { state: string; targetAnnotators: number; blind: boolean; adjudicatedAt: Date | null };
  article: { title: string; text: string };
  annotatorIds: string[];
  claims: Map<string, SourceClaim>;
  alignment: ArticleAlignment<SourceClaim>;
  unitOfClaim: Map<string, string>;
  adjudication: { id: string; state: string; version: number } | null;
  /** Decisions not superseded, oldest first. */
  decisions: CurrentDecision[];
}

/** The claim ids of a unit, in annotator order. */
export const unitClaimIds = (unit: AlignedUnit<SourceClaim>) =>
  Object.values(unit.claims)
    .filter((c): c is SourceClaim => c !== null)
    .map((c) => c.id);

/**
 * Everything adjudication needs about one article of a project, read in the caller's
 * transaction: the project's settings, the annotators of its submitted assignments and their
 * claims (annotation layer) aligned into units, and the adjudication with its current decisions.
 * Null when the article is not in the project.
 */
export async function loadArticleState(
  db: Db | Tx,
  projectId: string,
  articleId: string,
): Promise<ArticleState | null> {
  const pa = await db.projectArticle.findUnique({
    where: { projectId_articleId: { projectId, articleId } },
    select: {
      state: true,
      targetAnnotators: true,
      blind: true,
      adjudicatedAt: true,
      project: { select: projectAdjudicationSelect },
      article: { select: { title: true, text: true } },
      assignments: {
        where: { state: "submitted" },
        orderBy: { annotatorId: "asc" },
        select: { id: true, annotatorId: true },
      },
      adjudication: { select: { id: true, state: true, version: true } },
    },
  });
  if (!pa) return null;
  const annotatorOf = new Map(pa.assignments.map((a) => [a.id, a.annotatorId]));
  // The claims, then their evidence by the same selection as a join: Prisma loads a nested
  // relation with an IN list of every parent id, which passes the database's parameter limit on
  // an article with a few thousand claims.
  const claimWhere = { projectId, articleId, layer: "annotation", assignmentId: { in: [...annotatorOf.keys()] } };
  const rows = await db.claim.findMany({
    where: claimWhere,
    orderBy: [{ start: "asc" }, { id: "asc" }],
    select: {
      id: true,
      assignmentId: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      kind: true,
      value: true,
      qualifier: true,
      valueMax: true,
      unit: true,
      timeRef: true,
      attributedTo: true,
      verdict: true,
      justification: true,
      note: true,
      authorId: true,
    },
  });
  const evidenceRows = await db.evidence.findMany({
    where: { claim: claimWhere },
    orderBy: { id: "asc" },
    select: evidenceLinkSelect,
  });
  const evidenceOf = new Map<string, Omit<(typeof evidenceRows)[number], "claimId">[]>();
  for (const { claimId, ...e } of evidenceRows) {
    const list = evidenceOf.get(claimId);
    if (list) list.push(e);
    else evidenceOf.set(claimId, [e]);
  }
  const claims = new Map<string, SourceClaim>();
  for (const { assignmentId, ...row } of rows) {
    const evidence = evidenceOf.get(row.id) ?? [];
    claims.set(row.id, {
      ...row,
      articleId,
      annotatorId: annotatorOf.get(assignmentId!)!,
      evidence: evidence.map((e) => ({ targetClaimId: e.targetClaimId, url: e.url, stance: e.stance })),
      links: evidence,
    });
  }
  const annotatorIds = pa.assignments.map((a) => a.annotatorId);
  const alignment = alignClaims(
    { articleId, annotatorIds, claims: [...claims.values()] },
    { overlapThreshold: pa.project.overlapThreshold },
  );
  const unitOfClaim = new Map<string, string>();
  for (const unit of alignment.units) for (const id of unitClaimIds(unit)) unitOfClaim.set(id, unit.id);
  const decisions = pa.adjudication
    ? await db.adjudicationDecision.findMany({
        where: { adjudicationId: pa.adjudication.id, supersededAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          action: true,
          provenance: true,
          takenClaimId: true,
          reasonCode: true,
          comment: true,
          goldClaimId: true,
          adjudicatorId: true,
          createdAt: true,
          claims: { select: { claimId: true, role: true }, orderBy: { claimId: "asc" } },
        },
      })
    : [];
  return {
    projectId,
    articleId,
    project: pa.project,
    projectArticle: {
      state: pa.state,
      targetAnnotators: pa.targetAnnotators,
      blind: pa.blind,
      adjudicatedAt: pa.adjudicatedAt,
    },
    article: pa.article,
    annotatorIds,
    claims,
    alignment,
    unitOfClaim,
    adjudication: pa.adjudication,
    decisions,
  };
}

/** The current decision covering each annotator claim. */
export function decisionByClaim(state: Pick<ArticleState, "decisions">): Map<string, CurrentDecision> {
  const map = new Map<string, CurrentDecision>();
  for (const d of state.decisions) for (const c of d.claims) map.set(c.claimId, d);
  return map;
}

/** Units no current decision covers entirely. */
export function undecidedUnits(state: ArticleState): AlignedUnit<SourceClaim>[] {
  const decided = decisionByClaim(state);
  return state.alignment.units.filter((u) => unitClaimIds(u).some((id) => !decided.has(id)));
}
