import "server-only";
import { unitDetails, type UnitAttribute, type UnitClaimSummary } from "@/lib/agreement/report";
import { DEFAULT_AGREEMENT_SETTINGS } from "@/lib/agreement/measures";
import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/projects/include-articles";
import { decisionByClaim, unitClaimIds, type ArticleState, type CurrentDecision } from "./article-state";

interface AdjudicatorLabel {
  /** The annotator's user id, or "annotator-N" when the project hides who adjudicators look at. */
  key: string;
  label: string;
}

interface DecisionView {
  id: string;
  action: string;
  provenance: string;
  takenClaimId: string | null;
  reasonCode: string | null;
  comment: string | null;
  goldClaimId: string | null;
  adjudicatorId: string | null;
  createdAt: string;
}

interface GoldClaimView {
  id: string;
  start: number;
  end: number;
  exact: string;
  kind: string;
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  unit: string | null;
  timeRef: string | null;
  attributedTo: string | null;
  verdict: string | null;
  status: string;
  evidence: { targetClaimId: string | null; url: string | null; stance: string }[];
}

export interface UnitView {
  id: string;
  start: number;
  end: number;
  /** The unit's claims as the adjudicator sends them back (`unitClaimIds` of a decision). */
  claimIds: string[];
  /** By annotator key: their claim in the unit, or null ("no claim"). */
  claims: Record<string, UnitClaimSummary | null>;
  /** What differs among the claims ("finding" when someone has no claim). */
  differs: UnitAttribute[];
  decision: DecisionView | null;
}

export interface AdjudicationView {
  projectId: string;
  articleId: string;
  title: string;
  /** The article's canonical text (offsets point into it). */
  text: string;
  articleState: string;
  /** "open" | "done", or null when the article has not reached adjudication. */
  state: string | null;
  version: number | null;
  anonymous: boolean;
  annotators: AdjudicatorLabel[];
  units: UnitView[];
  /** Claims an adjudicator added (no annotator made them). */
  added: DecisionView[];
  gold: GoldClaimView[];
  undecided: number;
}

const decisionView = (d: CurrentDecision): DecisionView => ({
  id: d.id,
  action: d.action,
  provenance: d.provenance,
  takenClaimId: d.takenClaimId,
  reasonCode: d.reasonCode,
  comment: d.comment,
  goldClaimId: d.goldClaimId,
  adjudicatorId: d.adjudicatorId,
  createdAt: d.createdAt.toISOString(),
});

/**
 * The adjudication page's data: every unit with each annotator's claim and what differs, its
 * current decision, the claims added by hand, and the gold claims so far. With anonymous
 * adjudication the annotators are "Annotator 1, 2, …" (in a fixed order) and their user ids do
 * not appear; otherwise their names.
 */
export async function adjudicationView(db: Db | Tx, state: ArticleState): Promise<AdjudicationView> {
  const anonymous = state.project.anonymousAdjudication;
  const users = anonymous
    ? []
    : await db.user.findMany({ where: { id: { in: state.annotatorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const keyOf = new Map(state.annotatorIds.map((id, i) => [id, anonymous ? `annotator-${i + 1}` : id]));
  const annotators = state.annotatorIds.map((id, i) => ({
    key: keyOf.get(id)!,
    label: anonymous ? `Annotator ${i + 1}` : (nameOf.get(id) ?? id),
  }));
  const settings = {
    ...DEFAULT_AGREEMENT_SETTINGS,
    overlapThreshold: state.project.overlapThreshold,
    valueTolerance: state.project.valueTolerance,
    articleIntervals: false,
  };
  const details = unitDetails(state.alignment, state.unitOfClaim, settings);
  const decided = decisionByClaim(state);
  const units = state.alignment.units.map((unit, i): UnitView => {
    const ids = unitClaimIds(unit);
    const decisions = new Set(ids.map((id) => decided.get(id)));
    const decision = decisions.size === 1 ? [...decisions][0] : undefined;
    const claims: Record<string, UnitClaimSummary | null> = {};
    for (const [annotatorId, summary] of Object.entries(details[i].claims)) claims[keyOf.get(annotatorId)!] = summary;
    return {
      id: unit.id,
      start: unit.start,
      end: unit.end,
      claimIds: ids,
      claims,
      differs: details[i].differs,
      decision: decision ? decisionView(decision) : null,
    };
  });
  const goldIds = state.decisions.map((d) => d.goldClaimId).filter((id): id is string => id !== null);
  const gold = goldIds.length
    ? await db.claim.findMany({
        where: { id: { in: goldIds } },
        orderBy: [{ start: "asc" }, { id: "asc" }],
        select: {
          id: true,
          start: true,
          end: true,
          exact: true,
          kind: true,
          value: true,
          qualifier: true,
          valueMax: true,
          unit: true,
          timeRef: true,
          attributedTo: true,
          verdict: true,
          status: true,
          evidence: { orderBy: { id: "asc" }, select: { targetClaimId: true, url: true, stance: true } },
        },
      })
    : [];
  return {
    projectId: state.projectId,
    articleId: state.articleId,
    title: state.article.title,
    text: state.article.text,
    articleState: state.projectArticle.state,
    state: state.adjudication?.state ?? null,
    version: state.adjudication?.version ?? null,
    anonymous,
    annotators,
    units,
    added: state.decisions.filter((d) => d.action === "add").map(decisionView),
    gold,
    undecided: units.filter((u) => u.decision === null).length,
  };
}
