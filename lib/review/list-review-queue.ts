import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { AppError } from "@/lib/errors";
import { excerptAround, type Excerpt } from "./excerpt";
import { ReviewQueueQuery, reviewClaimSelect } from "./schema";

/** Most claims the queue page carries at once; the rest wait for the next load. */
const QUEUE_PAGE_SIZE = 50;

const queueSelect = {
  ...reviewClaimSelect,
  verdict: true,
  justification: true,
  anchorStatus: true,
  article: { select: { id: true, title: true, publisher: true, publishedAt: true } },
  evidence: {
    select: {
      id: true,
      stance: true,
      url: true,
      title: true,
      publisher: true,
      quote: true,
      note: true,
      targetClaim: { select: { id: true, exact: true, article: { select: { id: true, title: true } } } },
    },
    orderBy: { createdAt: "asc" },
  },
  decisions: {
    select: {
      id: true,
      decision: true,
      comment: true,
      createdAt: true,
      reviewer: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: "asc" },
  },
} as const;

/**
 * Submitted claims waiting for `actor`, oldest submission first, with what a reviewer needs
 * beside each: the passage around it, attributes, verdict, evidence and earlier decisions.
 * The reviewer's own claims are left out (four eyes) and counted separately. Only claims within
 * `visible` (from `visibleClaimsWhere`: the current project, blind rule applied).
 */
export async function listReviewQueue({
  db,
  actor,
  query,
  visible,
  take = QUEUE_PAGE_SIZE,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  query: ReviewQueueQuery;
  visible: Prisma.ClaimWhereInput;
  take?: number;
}) {
  const { articleId, kind, authorId } = ReviewQueueQuery.parse(query);
  const where = {
    AND: [visible],
    status: "submitted",
    articleId,
    kind,
    authorId: { equals: authorId, not: actor.id },
  };
  const [total, ownWaiting, rows] = await Promise.all([
    db.claim.count({ where }),
    db.claim.count({ where: { AND: [visible], status: "submitted", authorId: actor.id } }),
    db.claim.findMany({
      where,
      select: queueSelect,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      take,
    }),
  ]);
  const texts = await articleTexts(db, [...new Set(rows.map((r) => r.articleId))]);
  const items = rows.map((claim) => ({ ...claim, excerpt: excerptFor(texts.get(claim.articleId), claim) }));
  return { items, total, ownWaiting };
}

export type QueueItem = Awaited<ReturnType<typeof listReviewQueue>>["items"][number];

/** One submitted-or-not claim with the same context, for the single-claim review page; null when the caller may not see it. */
export async function getReviewItem({ db, actor, id }: { db: Db; actor: Pick<Actor, "id" | "role">; id: string }) {
  try {
    await visibleClaim({ db, actor, claimId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
  const claim = await db.claim.findUnique({ where: { id }, select: queueSelect });
  if (!claim) return null;
  const texts = await articleTexts(db, [claim.articleId]);
  return { ...claim, excerpt: excerptFor(texts.get(claim.articleId), claim) };
}

async function articleTexts(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const articles = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(articles.map((a) => [a.id, a.text]));
}

/**
 * The passage around the claim, or null when the stored quote is no longer at its offsets
 * (the text changed and the claim is orphaned): a wrong highlight would mislead more than none.
 */
function excerptFor(text: string | undefined, claim: { start: number; end: number; exact: string }): Excerpt | null {
  if (text === undefined || text.slice(claim.start, claim.end) !== claim.exact) return null;
  return excerptAround(text, claim.start, claim.end);
}

/**
 * Choices for the queue's filters: the articles and annotators that have claims waiting for
 * this reviewer (the reviewer's own claims never show in the queue, so neither do they here),
 * within `visible`.
 */
export async function queueFilterOptions({
  db,
  actor,
  visible,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  visible: Prisma.ClaimWhereInput;
}) {
  const where = { AND: [visible], status: "submitted", authorId: { not: actor.id } };
  const [byArticle, byAuthor] = await Promise.all([
    db.claim.groupBy({ by: ["articleId"], where, _count: { _all: true } }),
    db.claim.groupBy({ by: ["authorId"], where, _count: { _all: true } }),
  ]);
  const [articles, authors] = await Promise.all([
    db.article.findMany({
      where: { id: { in: byArticle.map((g) => g.articleId) } },
      select: { id: true, title: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    }),
    db.user.findMany({
      where: { id: { in: byAuthor.map((g) => g.authorId) } },
      select: { id: true, name: true, email: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  const articleCounts = new Map(byArticle.map((g) => [g.articleId, g._count._all]));
  const authorCounts = new Map(byAuthor.map((g) => [g.authorId, g._count._all]));
  return {
    articles: articles.map((a) => ({ ...a, waiting: articleCounts.get(a.id) ?? 0 })),
    annotators: authors.map((u) => ({ ...u, waiting: authorCounts.get(u.id) ?? 0 })),
  };
}
