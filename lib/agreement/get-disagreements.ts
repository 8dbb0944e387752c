import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { AgreementQuery } from "./filters";
import { getAgreementReport } from "./get-agreement-report";
import type { UnitAttribute, UnitDetail } from "./report";

/** A stretch of an article's text around a unit, with the offset it starts at. */
export interface UnitExcerpt {
  start: number;
  text: string;
}

/** Characters of context shown on either side of a unit. */
const CONTEXT = 120;

/**
 * The drill-down behind an agreement figure (reviewers and managers): the units of the report's
 * selection in which the annotators' claims differ — on one attribute when `attribute` is given,
 * in the articles of one annotator when `of` is — with every annotator's claim and the text
 * around the unit, so they can be read side by side. At most `limit` units, in article and text
 * order; `total` says how many differ.
 */
export async function getDisagreements({
  db,
  actor,
  projectId,
  query,
  attribute,
  of,
  limit = 100,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  query: AgreementQuery;
  attribute?: UnitAttribute;
  of?: string;
  limit?: number;
}) {
  const report = await getAgreementReport({
    db,
    actor,
    projectId,
    query: { ...query, detail: "units", bootstrap: 0, format: "json" },
  });
  const differing = (report.units ?? []).filter(
    (u: UnitDetail) => u.differs.length > 0 && (!attribute || u.differs.includes(attribute)) && (!of || of in u.claims),
  );
  const shown = differing.slice(0, limit);
  const articleIds = [...new Set(shown.map((u) => u.articleId))];
  const articles = articleIds.length
    ? await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, text: true } })
    : [];
  const textOf = new Map(articles.map((a) => [a.id, a]));
  return {
    totals: report.totals,
    annotators: report.annotators.map((a) => ({ id: a.annotatorId, label: a.label })),
    total: differing.length,
    units: shown.map((u) => {
      const article = textOf.get(u.articleId);
      const start = Math.max(0, u.start - CONTEXT);
      const end = Math.min(article?.text.length ?? 0, u.end + CONTEXT);
      return {
        ...u,
        title: article?.title ?? u.articleId,
        excerpt: { start, text: article?.text.slice(start, end) ?? "" } satisfies UnitExcerpt,
      };
    }),
  };
}
