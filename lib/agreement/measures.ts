/**
 * The coefficients computed over aligned units. What each one looks at:
 *
 * - finding: α nominal over every unit, one value per annotator of the unit's article: the kind
 *   of their claim in the unit, or "no claim". Nothing is ever missing here: missing a claim
 *   someone else found is a disagreement. (Presence alone — "claim" against "no claim" — would
 *   make a useless α: units exist only where someone made a claim, so "no claim" occurs only in
 *   disagreeing units, and with two annotators α = (1 − d)/(n − d) ≤ 0 as soon as one unit d
 *   disagrees. With the kind as the category, agreeing units carry the variation chance
 *   agreement is measured against, as in Cohen's and Fleiss' κ with "no claim".)
 * - kind, qualifier, unit, verdict: α nominal over the units in which at least two annotators
 *   gave the attribute (a claim with the attribute empty gives no value). Units names are
 *   compared trimmed, case-folded and with runs of white space as one space.
 * - value: α interval on the claim's `value` (a range's lower bound), with the relative
 *   tolerance of the settings (see krippendorff-alpha.ts for how it enters δ).
 * - stance: α nominal over (unit, evidence target) items: the links that annotators' claims in
 *   one unit make to the same target — a claim target counted by the unit that claim is in (so
 *   two annotators' links to their own copies of one claim meet), a URL by its stored form.
 * - fleissKind: Fleiss' κ on kind over the units every annotator of the article tagged;
 *   fleissKindWithNone: the same over every unit, "no claim" being one more category. Fleiss'
 *   κ needs the same number of annotators per unit: units of articles with another number of
 *   annotators than the most common one are excluded (and counted).
 *
 * "incomplete" counts the items used in which an annotator of the article gave no value;
 * "excluded" counts the items left out. Every α comes with a bootstrap interval over its items
 * when the settings ask for resamples; each figure's resampling has its own seed derived from
 * the settings' seed and the figure's name, so one figure's interval does not change when
 * another figure is added or dropped.
 */
import type { ArticleAlignment } from "./align-claims";
import { emptyCoefficient, type Coefficient } from "./coefficient";
import { fleissKappa } from "./fleiss-kappa";
import { krippendorffAlpha, type AlphaMetric } from "./krippendorff-alpha";
import { hashText } from "./prng";
import type { AgreementClaim } from "./types";

export interface AgreementSettings {
  /** Minimum overlap/union for two claims to be aligned; in (0, 1]. */
  overlapThreshold: number;
  /** Relative tolerance of the value α; in [0, 1). 0.05: 30,000 and 30,500 agree. */
  valueTolerance: number;
  /** Bootstrap resamples per α; 0 for no intervals. */
  bootstrapSamples: number;
  /**
   * Whether the per-article rows get intervals too. They rest on a few dozen units each, and a
   * thousand articles × seven α × the resamples is most of a large report's time; an article's
   * own report (the article filter) always has them, as its overall figures. When not given:
   * on for reports of at most ARTICLE_INTERVALS_UP_TO articles.
   */
  articleIntervals: boolean;
  /** Confidence level of the intervals. */
  confidence: number;
  /** Seed of the bootstrap's PRNG. */
  seed: number;
}

export const ARTICLE_INTERVALS_UP_TO = 100;

export const DEFAULT_AGREEMENT_SETTINGS: Omit<AgreementSettings, "articleIntervals"> = {
  overlapThreshold: 0.5,
  valueTolerance: 0,
  bootstrapSamples: 1000,
  confidence: 0.95,
  seed: 1,
};

export interface MeasureSet {
  finding: Coefficient;
  kind: Coefficient;
  qualifier: Coefficient;
  unit: Coefficient;
  value: Coefficient;
  verdict: Coefficient;
  stance: Coefficient;
  fleissKind: Coefficient;
  fleissKindWithNone: Coefficient;
}

export const NO_CLAIM = "(no claim)";

export const normaliseUnit = (unit: string) => unit.trim().toLowerCase().replace(/\s+/g, " ");

type Pick = (claim: AgreementClaim) => string | number | null;

export const attributePicks = {
  kind: (c) => c.kind,
  qualifier: (c) => c.qualifier,
  unit: (c) => (c.unit === null ? null : normaliseUnit(c.unit) || null),
  value: (c) => (c.value !== null && Number.isFinite(c.value) ? c.value : null),
  verdict: (c) => c.verdict,
} satisfies Record<string, Pick>;

/** Reliability data of a nominal or interval α, with the counts every coefficient reports. */
export interface Items {
  data: (string | number)[][];
  incomplete: number;
  excluded: number;
}

/** One value per annotator of the article: the claim's attribute, or none when absent. */
function unitItems(alignments: readonly ArticleAlignment[], pick: Pick): Items {
  const data: (string | number)[][] = [];
  let incomplete = 0;
  let excluded = 0;
  for (const alignment of alignments) {
    for (const unit of alignment.units) {
      const values: (string | number)[] = [];
      for (const id of alignment.annotatorIds) {
        const claim = unit.claims[id];
        const v = claim ? pick(claim) : null;
        if (v !== null) values.push(v);
      }
      if (values.length >= 2) {
        data.push(values);
        if (values.length < alignment.annotatorIds.length) incomplete++;
      } else {
        excluded++;
      }
    }
  }
  return { data, incomplete, excluded };
}

/** The kind of their claim, or "no claim", for every annotator of the article in every unit. */
function findingItems(alignments: readonly ArticleAlignment[]): Items {
  const data: string[][] = [];
  let excluded = 0;
  for (const alignment of alignments) {
    for (const unit of alignment.units) {
      if (alignment.annotatorIds.length < 2) {
        excluded++;
        continue;
      }
      data.push(alignment.annotatorIds.map((id) => unit.claims[id]?.kind ?? NO_CLAIM));
    }
  }
  return { data, incomplete: 0, excluded };
}

/**
 * (unit, target) items of evidence stance. `unitOfClaim` maps every aligned claim to its unit,
 * across all the articles of the report (evidence may point into another article).
 */
function stanceItems(alignments: readonly ArticleAlignment[], unitOfClaim: ReadonlyMap<string, string>): Items {
  const data: string[][] = [];
  let incomplete = 0;
  let excluded = 0;
  for (const alignment of alignments) {
    for (const unit of alignment.units) {
      const byTarget = new Map<string, Map<string, string>>();
      let withClaim = 0;
      for (const id of alignment.annotatorIds) {
        const claim = unit.claims[id];
        if (!claim) continue;
        withClaim++;
        for (const link of claim.evidence) {
          const key =
            link.targetClaimId !== null
              ? `unit:${unitOfClaim.get(link.targetClaimId) ?? `claim:${link.targetClaimId}`}`
              : `url:${link.url ?? ""}`;
          let stances = byTarget.get(key);
          if (!stances) byTarget.set(key, (stances = new Map()));
          if (!stances.has(id)) stances.set(id, link.stance);
        }
      }
      for (const stances of byTarget.values()) {
        if (stances.size >= 2) {
          data.push([...stances.values()]);
          if (stances.size < withClaim) incomplete++;
        } else {
          excluded++;
        }
      }
    }
  }
  return { data, incomplete, excluded };
}

export interface AlphaOptions {
  settings: AgreementSettings;
  /** Names the figure, for its bootstrap seed ("overall/kind", "article:abc/finding", …). */
  name: string;
}

export function alphaCoefficient(items: Items, metric: AlphaMetric, { settings, name }: AlphaOptions): Coefficient {
  const measure = metric.type === "nominal" ? "alpha_nominal" : "alpha_interval";
  const result = krippendorffAlpha(
    items.data,
    metric,
    settings.bootstrapSamples > 0
      ? { samples: settings.bootstrapSamples, level: settings.confidence, seed: (settings.seed ^ hashText(name)) >>> 0 }
      : undefined,
  );
  if (result.value === null) return emptyCoefficient(measure, items.excluded);
  const nominal = metric.type === "nominal";
  return {
    measure,
    value: result.value,
    units: result.pairableUnits,
    incomplete: items.incomplete,
    excluded: items.excluded,
    observedAgreement: nominal ? 1 - result.observedDisagreement! : null,
    expectedAgreement: nominal ? 1 - result.expectedDisagreement! : null,
    interval: result.interval,
    noVariation: result.noVariation,
  };
}

/** Fleiss' κ on kind; with `withNone`, "no claim" is a category and every unit counts. */
function fleissKindCoefficient(alignments: readonly ArticleAlignment[], withNone: boolean): Coefficient {
  const perCount = new Map<number, number>();
  for (const a of alignments)
    perCount.set(a.annotatorIds.length, (perCount.get(a.annotatorIds.length) ?? 0) + a.units.length);
  let raters = 0;
  let most = -1;
  for (const [count, units] of perCount) {
    if (count >= 2 && (units > most || (units === most && count > raters))) {
      raters = count;
      most = units;
    }
  }
  const items: string[][] = [];
  let excluded = 0;
  for (const alignment of alignments) {
    for (const unit of alignment.units) {
      const labels: string[] = [];
      for (const id of alignment.annotatorIds) {
        const claim = unit.claims[id];
        if (claim) labels.push(claim.kind);
        else if (withNone) labels.push(NO_CLAIM);
      }
      if (alignment.annotatorIds.length === raters && labels.length === raters) items.push(labels);
      else excluded++;
    }
  }
  const k = fleissKappa(items);
  if (k.items === 0) return { ...emptyCoefficient("fleiss_kappa", excluded), ...(raters ? { raters } : {}) };
  return {
    measure: "fleiss_kappa",
    value: k.value,
    units: k.items,
    incomplete: 0,
    excluded,
    observedAgreement: k.observedAgreement,
    expectedAgreement: k.expectedAgreement,
    interval: null,
    noVariation: k.value === null,
    raters,
  };
}

/** Every coefficient of a MeasureSet over the given alignments. */
export function computeMeasures(
  alignments: readonly ArticleAlignment[],
  unitOfClaim: ReadonlyMap<string, string>,
  settings: AgreementSettings,
  scope: string,
): MeasureSet {
  const nominal: AlphaMetric = { type: "nominal" };
  const alpha = (items: Items, metric: AlphaMetric, measure: string) =>
    alphaCoefficient(items, metric, { settings, name: `${scope}/${measure}` });
  return {
    finding: alpha(findingItems(alignments), nominal, "finding"),
    kind: alpha(unitItems(alignments, attributePicks.kind), nominal, "kind"),
    qualifier: alpha(unitItems(alignments, attributePicks.qualifier), nominal, "qualifier"),
    unit: alpha(unitItems(alignments, attributePicks.unit), nominal, "unit"),
    value: alpha(
      unitItems(alignments, attributePicks.value),
      { type: "interval", tolerance: settings.valueTolerance },
      "value",
    ),
    verdict: alpha(unitItems(alignments, attributePicks.verdict), nominal, "verdict"),
    stance: alpha(stanceItems(alignments, unitOfClaim), nominal, "stance"),
    fleissKind: fleissKindCoefficient(alignments, false),
    fleissKindWithNone: fleissKindCoefficient(alignments, true),
  };
}

/** Maps every aligned claim to the id of its unit. */
export function unitsByClaim(alignments: readonly ArticleAlignment[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const alignment of alignments) {
    for (const unit of alignment.units) {
      for (const claim of Object.values(unit.claims)) if (claim) map.set(claim.id, unit.id);
    }
  }
  return map;
}
