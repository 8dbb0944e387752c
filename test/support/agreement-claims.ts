/** Builders of typed agreement inputs for the agreement and adjudication unit tests. */
import type { AgreementClaim, ArticleLayers } from "@/lib/agreement/types";

export function testClaim(
  id: string,
  annotatorId: string,
  start: number,
  end: number,
  attributes: Partial<Omit<AgreementClaim, "id" | "annotatorId" | "start" | "end">> = {},
): AgreementClaim {
  return {
    id,
    articleId: "article",
    annotatorId,
    start,
    end,
    kind: "casualty",
    value: null,
    qualifier: null,
    unit: null,
    verdict: null,
    evidence: [],
    ...attributes,
  };
}

export function testArticle(
  claims: AgreementClaim[],
  annotatorIds = [...new Set(claims.map((c) => c.annotatorId))].sort(),
  articleId = "article",
): ArticleLayers {
  return { articleId, annotatorIds, claims: claims.map((c) => ({ ...c, articleId })) };
}
