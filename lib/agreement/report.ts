/**
 * The agreement report: every figure of a project (or of the part the filters select) in one
 * JSON document — what `GET /api/projects/{id}/agreement` answers, what the agreement pages
 * draw, what the export's manifest carries, and what `reportToCsv` flattens.
 *
 * Overall figures are computed on the N-way alignment of each article; the per-article rows on
 * that article's units; the per-kind rows on the units in which some annotator tagged that kind
 * (so the kind α of a kind row shows what that kind was confused with); the pairs on each pair's
 * own alignment (see pairs.ts). The kind filter keeps units the same way, everywhere.
 */
import { alignClaims, type ArticleAlignment } from "./align-claims";
import type { SpanF1 } from "./coefficient";
import { applyFilters, keepUnitsOfKinds, type AgreementFilters } from "./filters";
import {
  ARTICLE_INTERVALS_UP_TO,
  attributePicks,
  computeMeasures,
  DEFAULT_AGREEMENT_SETTINGS,
  unitsByClaim,
  type AgreementSettings,
  type MeasureSet,
} from "./measures";
import {
  alignPairs,
  computePairs,
  pairCounts,
  pooledSpanF1,
  type PairAgreement,
  type PairCounts,
  type UnitFilter,
} from "./pairs";
import { relativeToleranceDistance } from "./krippendorff-alpha";
import type { AgreementClaim, ArticleLayers } from "./types";

const AGREEMENT_REPORT_VERSION = 1;

export interface ArticleAgreement {
  articleId: string;
  title: string | null;
  annotatorIds: string[];
  claims: number;
  units: number;
  measures: MeasureSet;
  spanF1Exact: SpanF1;
  spanF1Overlap: SpanF1;
}

interface KindAgreement {
  kind: string;
  claims: number;
  units: number;
  measures: MeasureSet;
  spanF1Exact: SpanF1;
  spanF1Overlap: SpanF1;
}

export interface AnnotatorAgreement {
  annotatorId: string;
  /** Display name, or a neutral label when the caller hides names. */
  label: string;
  articles: number;
  /** Claims of theirs in the report's units. */
  claims: number;
  /** Units of their articles in which someone else has a claim and they have none. */
  missed: number;
  /** Units in which they alone have a claim. */
  alone: number;
  /**
   * F1 against everyone they share articles with, pooled: precision is the share of their claims
   * others also made, recall the share of the others' claims they also made.
   */
  spanF1Exact: SpanF1;
  spanF1Overlap: SpanF1;
}

export type UnitAttribute = "finding" | "kind" | "qualifier" | "unit" | "value" | "verdict" | "stance";

export interface UnitClaimSummary {
  id: string;
  start: number;
  end: number;
  kind: string;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
  verdict: string | null;
  evidence: { target: string; stance: string }[];
}

/** One unit for the drill-down: every annotator's claim in it, and what differs. */
export interface UnitDetail {
  id: string;
  articleId: string;
  start: number;
  end: number;
  claims: Record<string, UnitClaimSummary | null>;
  differs: UnitAttribute[];
}

export interface AgreementReport {
  version: typeof AGREEMENT_REPORT_VERSION;
  generatedAt: string | null;
  filters: {
    projectId: string;
    articleIds: string[] | null;
    kinds: string[] | null;
    annotatorIds: string[] | null;
    from: string | null;
    to: string | null;
  };
  settings: AgreementSettings;
  totals: {
    articles: number;
    /** Articles the filters matched that had fewer than two of the selected annotators. */
    articlesSkipped: number;
    annotators: number;
    claims: number;
    units: number;
  };
  overall: MeasureSet & { spanF1Exact: SpanF1; spanF1Overlap: SpanF1 };
  annotators: AnnotatorAgreement[];
  pairs: PairAgreement[];
  kinds: KindAgreement[];
  articles: ArticleAgreement[];
  /** Every unit, when asked for (`detail=units`). */
  units?: UnitDetail[];
}

export interface BuildReportInput {
  /** The project's submitted layers (unfiltered; the filters are applied here). */
  layers: readonly ArticleLayers[];
  filters: AgreementFilters;
  settings?: Partial<AgreementSettings>;
  /** Display names by annotator id; ids without one get "Annotator 1", "Annotator 2", … */
  annotatorLabels?: ReadonlyMap<string, string>;
  includeUnits?: boolean;
  generatedAt?: Date;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Only the units the filter keeps (all of them without a filter). */
function keepUnits(alignments: readonly ArticleAlignment[], keep: UnitFilter | undefined): ArticleAlignment[] {
  return keep ? alignments.map((a) => ({ ...a, units: a.units.filter(keep) })) : [...alignments];
}

/** Builds the report (pure: the same input gives the same report, intervals included). */
export function buildAgreementReport(input: BuildReportInput): AgreementReport {
  const { layers, skipped } = applyFilters(input.layers, input.filters);
  const settings: AgreementSettings = {
    ...DEFAULT_AGREEMENT_SETTINGS,
    articleIntervals: layers.length <= ARTICLE_INTERVALS_UP_TO,
    ...input.settings,
  };
  const articleSettings = settings.articleIntervals ? settings : { ...settings, bootstrapSamples: 0 };
  const keep = input.filters.kinds ? keepUnitsOfKinds(input.filters.kinds) : undefined;
  const allAlignments = layers.map((article) => alignClaims(article, { overlapThreshold: settings.overlapThreshold }));
  // Evidence targets are looked up among every aligned claim, kept or not.
  const unitOfClaim = unitsByClaim(allAlignments);
  const alignments = keepUnits(allAlignments, keep);
  const pairAlignments = alignPairs(layers, settings);
  const counts = pairAlignments.map((p) => pairCounts(p, keep));

  const annotatorIds = [...new Set(layers.flatMap((l) => l.annotatorIds))].sort(byText);
  const claimsIn = (as: readonly ArticleAlignment[]) =>
    as.reduce((n, a) => n + a.units.reduce((m, u) => m + Object.values(u.claims).filter(Boolean).length, 0), 0);
  const unitsIn = (as: readonly ArticleAlignment[]) => as.reduce((n, a) => n + a.units.length, 0);
  const pooled = pooledSpanF1(counts);

  const countsByArticle = groupBy(counts, (c) => c.articleId);
  const articles = layers.map((article, i): ArticleAgreement => {
    const f1 = pooledSpanF1(countsByArticle.get(article.articleId) ?? []);
    return {
      articleId: article.articleId,
      title: article.title ?? null,
      annotatorIds: [...article.annotatorIds],
      claims: claimsIn([alignments[i]]),
      units: alignments[i].units.length,
      measures: computeMeasures([alignments[i]], unitOfClaim, articleSettings, `article:${article.articleId}`),
      spanF1Exact: f1.exact,
      spanF1Overlap: f1.overlap,
    };
  });

  const kindNames = [
    ...new Set(alignments.flatMap((a) => a.units.flatMap((u) => Object.values(u.claims).map((c) => c?.kind)))),
  ]
    .filter((k): k is string => k !== undefined && (!input.filters.kinds || input.filters.kinds.includes(k)))
    .sort(byText);
  const kinds = kindNames.map((kind): KindAgreement => {
    const keepKind = keepUnitsOfKinds([kind]);
    const only = keepUnits(alignments, keepKind);
    const f1 = pooledSpanF1(pairAlignments.map((p) => pairCounts(p, (u) => keepKind(u) && (!keep || keep(u)))));
    return {
      kind,
      claims: claimsIn(only),
      units: unitsIn(only),
      measures: computeMeasures(only, unitOfClaim, settings, `kind:${kind}`),
      spanF1Exact: f1.exact,
      spanF1Overlap: f1.overlap,
    };
  });

  let anonymous = 0;
  const annotators = annotatorIds.map((id): AnnotatorAgreement => {
    let articleCount = 0;
    let claims = 0;
    let missed = 0;
    let alone = 0;
    for (const alignment of alignments) {
      if (!alignment.annotatorIds.includes(id)) continue;
      articleCount++;
      for (const unit of alignment.units) {
        const present = Object.values(unit.claims).filter(Boolean).length;
        if (!unit.claims[id]) missed++;
        else {
          claims++;
          if (present === 1) alone++;
        }
      }
    }
    // Oriented so that B is this annotator: precision over their claims, recall over the others'.
    const oriented = counts
      .filter((c) => c.a === id || c.b === id)
      .map((c): PairCounts => (c.b === id ? c : { ...c, a: c.b, b: c.a, claimsA: c.claimsB, claimsB: c.claimsA }));
    const f1 = pooledSpanF1(oriented);
    return {
      annotatorId: id,
      label: input.annotatorLabels?.get(id) ?? `Annotator ${++anonymous}`,
      articles: articleCount,
      claims,
      missed,
      alone,
      spanF1Exact: f1.exact,
      spanF1Overlap: f1.overlap,
    };
  });

  const f = input.filters;
  return {
    version: AGREEMENT_REPORT_VERSION,
    generatedAt: input.generatedAt ? input.generatedAt.toISOString() : null,
    filters: {
      projectId: f.projectId,
      articleIds: f.articleIds ? [...f.articleIds] : null,
      kinds: f.kinds ? [...f.kinds] : null,
      annotatorIds: f.annotatorIds ? [...f.annotatorIds] : null,
      from: f.from ? f.from.toISOString() : null,
      to: f.to ? f.to.toISOString() : null,
    },
    settings,
    totals: {
      articles: layers.length,
      articlesSkipped: skipped,
      annotators: annotatorIds.length,
      claims: claimsIn(alignments),
      units: unitsIn(alignments),
    },
    overall: {
      ...computeMeasures(alignments, unitOfClaim, settings, "overall"),
      spanF1Exact: pooled.exact,
      spanF1Overlap: pooled.overlap,
    },
    annotators,
    pairs: computePairs(pairAlignments, settings, keep),
    kinds,
    articles,
    ...(input.includeUnits ? { units: alignments.flatMap((a) => unitDetails(a, unitOfClaim, settings)) } : {}),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function summarise(claim: AgreementClaim, unitOfClaim: ReadonlyMap<string, string>): UnitClaimSummary {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    value: claim.value,
    qualifier: claim.qualifier,
    unit: claim.unit,
    verdict: claim.verdict,
    evidence: claim.evidence.map((e) => ({
      target:
        e.targetClaimId !== null
          ? `unit:${unitOfClaim.get(e.targetClaimId) ?? `claim:${e.targetClaimId}`}`
          : `url:${e.url}`,
      stance: e.stance,
    })),
  };
}

/** The units of one alignment with what differs among the annotators' claims in each. */
export function unitDetails(
  alignment: ArticleAlignment,
  unitOfClaim: ReadonlyMap<string, string>,
  settings: AgreementSettings,
): UnitDetail[] {
  const close = relativeToleranceDistance(settings.valueTolerance);
  return alignment.units.map((unit) => {
    const claims: Record<string, UnitClaimSummary | null> = {};
    for (const id of alignment.annotatorIds) {
      const claim = unit.claims[id];
      claims[id] = claim ? summarise(claim, unitOfClaim) : null;
    }
    const present = alignment.annotatorIds.map((id) => unit.claims[id]).filter((c): c is AgreementClaim => !!c);
    const differs: UnitAttribute[] = [];
    if (present.length < alignment.annotatorIds.length) differs.push("finding");
    for (const attribute of ["kind", "qualifier", "unit", "value", "verdict"] as const) {
      const pick: (c: AgreementClaim) => string | number | null = attributePicks[attribute];
      const values = present.map((c) => pick(c)).filter((v) => v !== null);
      const disagree =
        attribute === "value"
          ? values.some((v, i) => values.some((w, j) => j > i && close(v as number, w as number) > 0))
          : new Set(values).size > 1;
      if (disagree) differs.push(attribute);
    }
    const stances = new Map<string, Set<string>>();
    for (const claim of present) {
      for (const link of summarise(claim, unitOfClaim).evidence) {
        const set = stances.get(link.target) ?? new Set<string>();
        set.add(link.stance);
        stances.set(link.target, set);
      }
    }
    if ([...stances.values()].some((s) => s.size > 1)) differs.push("stance");
    return { id: unit.id, articleId: unit.articleId, start: unit.start, end: unit.end, claims, differs };
  });
}
