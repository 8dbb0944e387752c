import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { ClaimStatus, claimStatuses } from "@/lib/claims/vocabulary";
import { submittableStatuses } from "./workflow";

export type StatusCounts = Record<ClaimStatus, number>;

function emptyCounts(): StatusCounts {
  return { draft: 0, submitted: 0, approved: 0, rejected: 0, changes_requested: 0 };
}

/** Adds a grouped count; a status outside the vocabulary (hand-edited row) is left out. */
function add(counts: StatusCounts, status: string, n: number): void {
  const parsed = ClaimStatus.safeParse(status);
  if (parsed.success) counts[parsed.data] += n;
}

const sum = (counts: StatusCounts) => claimStatuses.reduce((total, s) => total + counts[s], 0);

/**
 * Approved share of the claims that reached a final decision (approved + rejected), or null
 * before any did. Claims sent back for changes are still in play, so they do not count yet.
 */
function approvalRate(counts: StatusCounts): number | null {
  const decided = counts.approved + counts.rejected;
  return decided === 0 ? null : counts.approved / decided;
}

/**
 * Everything the progress dashboard shows, from grouped counts (a few rows per article and per
 * annotator, however many claims there are) plus the oldest claim waiting for review. Only the
 * claims the caller may see count (`visible`, from `visibleClaimsWhere`: one project, blind rule).
 */
export async function reviewProgress({ db, visible }: { db: Db; visible: Prisma.ClaimWhereInput }) {
  const [byArticle, byAuthor, oldest] = await Promise.all([
    db.claim.groupBy({ by: ["articleId", "status"], where: visible, _count: { _all: true } }),
    db.claim.groupBy({ by: ["authorId", "status"], where: visible, _count: { _all: true } }),
    db.claim.findFirst({
      where: { AND: [visible, { status: "submitted" }] },
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        exact: true,
        kind: true,
        submittedAt: true,
        createdAt: true,
        article: { select: { id: true, title: true } },
        author: { select: { id: true, name: true } },
      },
    }),
  ]);

  const overall = emptyCounts();
  const perArticle = new Map<string, StatusCounts>();
  for (const g of byArticle) {
    const counts = perArticle.get(g.articleId) ?? emptyCounts();
    add(counts, g.status, g._count._all);
    add(overall, g.status, g._count._all);
    perArticle.set(g.articleId, counts);
  }
  const perAuthor = new Map<string, StatusCounts>();
  for (const g of byAuthor) {
    const counts = perAuthor.get(g.authorId) ?? emptyCounts();
    add(counts, g.status, g._count._all);
    perAuthor.set(g.authorId, counts);
  }

  const [articles, authors] = await Promise.all([
    db.article.findMany({ where: { id: { in: [...perArticle.keys()] } }, select: { id: true, title: true } }),
    db.user.findMany({ where: { id: { in: [...perAuthor.keys()] } }, select: { id: true, name: true, email: true } }),
  ]);

  return {
    overall,
    total: sum(overall),
    // Most waiting first, then most claims: what needs attention leads the chart.
    articles: articles
      .map((a) => {
        const counts = perArticle.get(a.id) ?? emptyCounts();
        return { ...a, counts, total: sum(counts) };
      })
      .sort((x, y) => y.counts.submitted - x.counts.submitted || y.total - x.total || x.title.localeCompare(y.title)),
    annotators: authors
      .map((u) => {
        const counts = perAuthor.get(u.id) ?? emptyCounts();
        return { ...u, counts, total: sum(counts), approvalRate: approvalRate(counts) };
      })
      .sort((x, y) => y.total - x.total || x.name.localeCompare(y.name)),
    oldestWaiting: oldest,
  };
}

/** The caller's drafts and changes-requested claims per article (within `visible`): what "Submit all" would send. */
export async function listOpenDrafts({
  db,
  actor,
  visible,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  visible: Prisma.ClaimWhereInput;
}) {
  const groups = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { AND: [visible, { authorId: actor.id, status: { in: [...submittableStatuses] } }] },
    _count: { _all: true },
  });
  const counts = new Map<string, { draft: number; changesRequested: number }>();
  for (const g of groups) {
    const c = counts.get(g.articleId) ?? { draft: 0, changesRequested: 0 };
    if (g.status === "draft") c.draft += g._count._all;
    else c.changesRequested += g._count._all;
    counts.set(g.articleId, c);
  }
  if (counts.size === 0) return [];
  const articles = await db.article.findMany({
    where: { id: { in: [...counts.keys()] } },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return articles.map((a) => ({ ...a, ...(counts.get(a.id) ?? { draft: 0, changesRequested: 0 }) }));
}
