/**
 * Pairwise figures: for every two annotators who worked on at least one common article, their
 * span F1 (exact and overlap), α on finding claims (kind or "no claim") and Cohen's κ on kind,
 * all computed on the pair's own alignment (the two layers aligned without the others: a third
 * annotator's claim cannot keep apart two claims the pair agrees on). With N = 2 that is the
 * article's alignment.
 *
 * Cohen's κ is given twice: `kappaKindWithNone` over every unit of the pair, "no claim" being
 * one more category (so a claim one of them missed is a disagreement), and `kappaKind` over the
 * units both tagged (the others are `excluded`).
 *
 * A unit filter (the report's kind filter) restricts every figure to the kept units: F1 then
 * counts the claims in kept units only.
 */
import { alignClaims, type AlignedUnit, type ArticleAlignment } from "./align-claims";
import { emptyCoefficient, type Coefficient, type SpanF1 } from "./coefficient";
import { cohenKappa } from "./cohen-kappa";
import { alphaCoefficient, NO_CLAIM, type AgreementSettings } from "./measures";
import { exactMatches, spanF1 } from "./span-f1";
import type { AgreementClaim, ArticleLayers } from "./types";

export interface PairAgreement {
  /** The pair, ids in ascending order. */
  a: string;
  b: string;
  articles: number;
  spanF1Exact: SpanF1;
  spanF1Overlap: SpanF1;
  finding: Coefficient;
  kappaKindWithNone: Coefficient;
  kappaKind: Coefficient;
}

/** One pair's alignment on one article. */
export interface PairAlignment {
  a: string;
  b: string;
  articleId: string;
  alignment: ArticleAlignment;
}

/** Matched-claim counts of a pair on one article, kept to pool F1 (per annotator, per article). */
export interface PairCounts {
  a: string;
  b: string;
  articleId: string;
  claimsA: number;
  claimsB: number;
  exact: number;
  overlap: number;
}

export type UnitFilter = (unit: AlignedUnit) => boolean;

/** Every pair of annotators of every article, aligned on its own (ids of a pair in ascending order). */
export function alignPairs(layers: readonly ArticleLayers[], settings: AgreementSettings): PairAlignment[] {
  const result: PairAlignment[] = [];
  for (const article of layers) {
    const byAnnotator = new Map<string, AgreementClaim[]>();
    for (const id of article.annotatorIds) byAnnotator.set(id, []);
    for (const claim of article.claims) byAnnotator.get(claim.annotatorId)?.push(claim);
    const ids = [...article.annotatorIds].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i], ids[j]];
        const alignment = alignClaims(
          {
            articleId: article.articleId,
            annotatorIds: [a, b],
            claims: [...byAnnotator.get(a)!, ...byAnnotator.get(b)!],
          },
          { overlapThreshold: settings.overlapThreshold },
        );
        result.push({ a, b, articleId: article.articleId, alignment });
      }
    }
  }
  return result;
}

/** A pair's matched claims on one article, over the kept units. */
export function pairCounts({ a, b, articleId, alignment }: PairAlignment, keep?: UnitFilter): PairCounts {
  const claimsA: AgreementClaim[] = [];
  const claimsB: AgreementClaim[] = [];
  let overlap = 0;
  for (const unit of alignment.units) {
    if (keep && !keep(unit)) continue;
    const ca = unit.claims[a];
    const cb = unit.claims[b];
    if (ca) claimsA.push(ca);
    if (cb) claimsB.push(cb);
    if (ca && cb) overlap++;
  }
  return {
    a,
    b,
    articleId,
    claimsA: claimsA.length,
    claimsB: claimsB.length,
    exact: exactMatches(claimsA, claimsB),
    overlap,
  };
}

function kappaCoefficient(a: string[], b: string[], excluded: number): Coefficient {
  const k = cohenKappa(a, b);
  if (k.items === 0) return emptyCoefficient("cohen_kappa", excluded);
  return {
    measure: "cohen_kappa",
    value: k.value,
    units: k.items,
    incomplete: 0,
    excluded,
    observedAgreement: k.observedAgreement,
    expectedAgreement: k.expectedAgreement,
    interval: null,
    noVariation: k.value === null,
  };
}

/** Pairwise figures over the pair alignments (kept units only, when a filter is given). */
export function computePairs(
  pairAlignments: readonly PairAlignment[],
  settings: AgreementSettings,
  keep?: UnitFilter,
  scope = "pair",
): PairAgreement[] {
  const byPair = new Map<string, PairAlignment[]>();
  for (const p of pairAlignments) {
    const key = `${p.a}\u0000${p.b}`;
    const list = byPair.get(key);
    if (list) list.push(p);
    else byPair.set(key, [p]);
  }
  const pairs: PairAgreement[] = [];
  for (const [key, list] of [...byPair].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const [a, b] = key.split("\u0000");
    const findingData: string[][] = [];
    const withNoneA: string[] = [];
    const withNoneB: string[] = [];
    const kindA: string[] = [];
    const kindB: string[] = [];
    let oneSided = 0;
    for (const { alignment } of list) {
      for (const unit of alignment.units) {
        if (keep && !keep(unit)) continue;
        const ca = unit.claims[a];
        const cb = unit.claims[b];
        const la = ca ? ca.kind : NO_CLAIM;
        const lb = cb ? cb.kind : NO_CLAIM;
        findingData.push([la, lb]);
        withNoneA.push(la);
        withNoneB.push(lb);
        if (ca && cb) {
          kindA.push(ca.kind);
          kindB.push(cb.kind);
        } else {
          oneSided++;
        }
      }
    }
    const f1 = pooledSpanF1(list.map((p) => pairCounts(p, keep)));
    pairs.push({
      a,
      b,
      articles: list.length,
      spanF1Exact: f1.exact,
      spanF1Overlap: f1.overlap,
      finding: alphaCoefficient(
        { data: findingData, incomplete: 0, excluded: 0 },
        { type: "nominal" },
        { settings, name: `${scope}:${a}:${b}/finding` },
      ),
      kappaKindWithNone: kappaCoefficient(withNoneA, withNoneB, 0),
      kappaKind: kappaCoefficient(kindA, kindB, oneSided),
    });
  }
  return pairs;
}

/** F1 pooled (micro) over a set of pair counts. */
export function pooledSpanF1(counts: readonly PairCounts[]): { exact: SpanF1; overlap: SpanF1 } {
  let exact = 0;
  let overlap = 0;
  let claimsA = 0;
  let claimsB = 0;
  for (const c of counts) {
    exact += c.exact;
    overlap += c.overlap;
    claimsA += c.claimsA;
    claimsB += c.claimsB;
  }
  return {
    exact: spanF1("span_f1_exact", exact, claimsA, claimsB),
    overlap: spanF1("span_f1_overlap", overlap, claimsA, claimsB),
  };
}
