import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/projects/include-articles";
import type { AgreementClaim, ArticleLayers } from "./types";

/** Article states in which every assignment the article has is submitted. */
const COMPLETE_ARTICLE_STATES = ["annotated", "adjudicated"] as const;

/**
 * The submitted annotation layers of a project's articles, as the agreement measures take them:
 * for each article whose assignments are all submitted (annotated or adjudicated), the annotators
 * of its submitted assignments and the annotation-layer claims made in those assignments, with
 * their outgoing evidence. Gold claims and claims of returned or unfinished assignments are not
 * read. Three queries, whatever the number of articles: the articles with their submitted
 * assignments, the claims, their evidence.
 */
export async function loadProjectLayers({
  db,
  projectId,
  articleIds,
}: {
  db: Db | Tx;
  projectId: string;
  /** Only these articles (all complete ones when absent). */
  articleIds?: readonly string[];
}): Promise<ArticleLayers[]> {
  const articles = await db.projectArticle.findMany({
    where: {
      projectId,
      state: { in: [...COMPLETE_ARTICLE_STATES] },
      ...(articleIds ? { articleId: { in: [...articleIds] } } : {}),
    },
    orderBy: [{ annotatedAt: "asc" }, { articleId: "asc" }],
    select: {
      articleId: true,
      article: { select: { title: true } },
      assignments: {
        where: { state: "submitted" },
        orderBy: { annotatorId: "asc" },
        select: { id: true, annotatorId: true, submittedAt: true },
      },
    },
  });
  if (articles.length === 0) return [];
  // The same selection as a join, not a list of ids (which would grow with the project).
  const claimWhere = {
    projectId,
    layer: "annotation",
    assignment: { state: "submitted" },
    projectArticle: { state: { in: [...COMPLETE_ARTICLE_STATES] } },
    ...(articleIds ? { articleId: { in: [...articleIds] } } : {}),
  };
  const annotatorOf = new Map(articles.flatMap((a) => a.assignments.map((s) => [s.id, s.annotatorId] as const)));
  const rows = await db.claim.findMany({
    where: claimWhere,
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
    select: {
      id: true,
      articleId: true,
      assignmentId: true,
      start: true,
      end: true,
      kind: true,
      value: true,
      qualifier: true,
      unit: true,
      verdict: true,
    },
  });
  const evidence = await db.evidence.findMany({
    where: { claim: claimWhere },
    orderBy: { id: "asc" },
    select: { claimId: true, targetClaimId: true, url: true, stance: true },
  });
  const linksOf = new Map<string, AgreementClaim["evidence"][number][]>();
  for (const e of evidence) {
    const list = linksOf.get(e.claimId) ?? [];
    list.push({ targetClaimId: e.targetClaimId, url: e.url, stance: e.stance });
    linksOf.set(e.claimId, list);
  }
  const claimsOf = new Map<string, AgreementClaim[]>();
  for (const row of rows) {
    const annotatorId = row.assignmentId === null ? undefined : annotatorOf.get(row.assignmentId);
    // A row committed between the two reads (an article completed meanwhile) waits for the next report.
    if (annotatorId === undefined) continue;
    const list = claimsOf.get(row.articleId) ?? [];
    list.push({
      id: row.id,
      articleId: row.articleId,
      annotatorId,
      start: row.start,
      end: row.end,
      kind: row.kind,
      value: row.value,
      qualifier: row.qualifier,
      unit: row.unit,
      verdict: row.verdict,
      evidence: linksOf.get(row.id) ?? [],
    });
    claimsOf.set(row.articleId, list);
  }
  return articles.map((a) => ({
    articleId: a.articleId,
    title: a.article.title,
    annotatorIds: a.assignments.map((s) => s.annotatorId),
    completedAt: a.assignments.reduce<Date | null>(
      (latest, s) => (s.submittedAt && (!latest || s.submittedAt > latest) ? s.submittedAt : latest),
      null,
    ),
    claims: claimsOf.get(a.articleId) ?? [],
  }));
}
