import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { projectAccess } from "@/lib/projects/project-access";

export const AdjudicationListQuery = z
  .object({
    /** open: waiting for a decision or closing; done: adjudicated; all: both. */
    state: z.enum(["open", "done", "all"], { error: "state must be one of open, done, all" }).default("open"),
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(200, "limit must be at most 200")
      .default(50),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int("offset must be a whole number")
      .min(0, "offset must be at least 0")
      .default(0),
  })
  .strict();
export type AdjudicationListQuery = z.output<typeof AdjudicationListQuery>;

/**
 * The project's adjudication queue (reviewers and managers): articles whose layers are all
 * submitted, oldest first, with where their adjudication stands — how many decisions and gold
 * claims it has, its version, who closed it and when. Paginated; two queries whatever the size.
 */
export async function listAdjudications({
  db,
  actor,
  projectId,
  query,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  query: AdjudicationListQuery;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  const where = { projectId, state: query.state };
  const [total, rows] = await Promise.all([
    query.state === "all" ? db.adjudication.count({ where: { projectId } }) : db.adjudication.count({ where }),
    db.adjudication.findMany({
      where: query.state === "all" ? { projectId } : where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: query.offset,
      take: query.limit,
      select: {
        articleId: true,
        state: true,
        version: true,
        createdAt: true,
        closedAt: true,
        closedBy: { select: { id: true, name: true } },
        projectArticle: { select: { targetAnnotators: true, article: { select: { title: true } } } },
        _count: { select: { decisions: { where: { supersededAt: null } } } },
        decisions: { where: { supersededAt: null, goldClaimId: { not: null } }, select: { id: true } },
      },
    }),
  ]);
  return {
    total,
    offset: query.offset,
    limit: query.limit,
    items: rows.map((r) => ({
      articleId: r.articleId,
      title: r.projectArticle.article.title,
      annotators: r.projectArticle.targetAnnotators,
      state: r.state,
      version: r.version,
      decisions: r._count.decisions,
      goldClaims: r.decisions.length,
      openedAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      closedBy: r.closedBy,
    })),
  };
}
