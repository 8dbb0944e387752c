/**
 * Each annotator's agreement with gold over time: their layer against the gold layer of the
 * articles adjudicated in each period (by the article's adjudication date), as span F1 (gold is
 * the reference: precision is the share of their claims that gold kept, recall the share of gold
 * claims they made) and Cohen's κ on kind with "no claim", on the two layers' own alignment.
 */
import { alignClaims } from "@/lib/agreement/align-claims";
import type { Coefficient, SpanF1 } from "@/lib/agreement/coefficient";
import { DEFAULT_AGREEMENT_SETTINGS } from "@/lib/agreement/measures";
import { computePairs, type PairAlignment } from "@/lib/agreement/pairs";
import type { AgreementClaim } from "@/lib/agreement/types";

/** The pseudo-annotator the gold layer is aligned as. */
const GOLD_LAYER_ID = "(gold)";

export interface GoldComparisonArticle {
  articleId: string;
  adjudicatedAt: Date;
  /** The annotator's claims on the article. */
  mine: readonly AgreementClaim[];
  gold: readonly AgreementClaim[];
}

export type Period = "week" | "month";

export interface GoldAgreementPoint {
  /** First day of the period (UTC; weeks start on Monday), as YYYY-MM-DD. */
  period: string;
  articles: number;
  spanF1Exact: SpanF1;
  spanF1Overlap: SpanF1;
  kappaKindWithNone: Coefficient;
}

export function periodStart(at: Date, period: Period): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), period === "month" ? 1 : at.getUTCDate()));
  if (period === "week") day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** One point per period with adjudicated articles, in time order. */
export function agreementWithGoldOverTime(
  annotatorId: string,
  articles: readonly GoldComparisonArticle[],
  options: { period: Period; overlapThreshold: number },
): GoldAgreementPoint[] {
  const byPeriod = new Map<string, PairAlignment[]>();
  for (const article of articles) {
    const gold = article.gold.map((c) => ({ ...c, annotatorId: GOLD_LAYER_ID }));
    const mine = article.mine.filter((c) => c.annotatorId === annotatorId);
    const alignment = alignClaims(
      { articleId: article.articleId, annotatorIds: [GOLD_LAYER_ID, annotatorId], claims: [...gold, ...mine] },
      { overlapThreshold: options.overlapThreshold },
    );
    const key = periodStart(article.adjudicatedAt, options.period);
    const list = byPeriod.get(key) ?? [];
    list.push({ a: GOLD_LAYER_ID, b: annotatorId, articleId: article.articleId, alignment });
    byPeriod.set(key, list);
  }
  const settings = {
    ...DEFAULT_AGREEMENT_SETTINGS,
    overlapThreshold: options.overlapThreshold,
    bootstrapSamples: 0,
    articleIntervals: false,
  };
  return [...byPeriod.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([period, list]) => {
      const [pair] = computePairs(list, settings, undefined, `gold:${period}`);
      return {
        period,
        articles: list.length,
        spanF1Exact: pair.spanF1Exact,
        spanF1Overlap: pair.spanF1Overlap,
        kappaKindWithNone: pair.kappaKindWithNone,
      };
    });
}
