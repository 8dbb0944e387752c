import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";

/**
 * One page of a project's articles in the order they were added, with each one's progress
 * there (state, annotators wanted, slots taken, submissions), optionally of one state. Counts
 * of assignments only, never of claims, so nothing here tells a blind annotator about another's work.
 */
export async function listProjectArticles({
  db,
  actor,
  projectId,
  page,
  pageSize,
  state,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  page: number;
  pageSize: number;
  state?: string;
}) {
  await projectAccess({ db, actor, projectId });
  const where = { projectId, ...(state ? { state } : {}) };
  const [total, rows] = await Promise.all([
    db.projectArticle.count({ where }),
    db.projectArticle.findMany({
      where,
      orderBy: [{ addedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        articleId: true,
        addedAt: true,
        state: true,
        targetAnnotators: true,
        blind: true,
        activeAssignments: true,
        submittedAssignments: true,
        startedAt: true,
        annotatedAt: true,
        adjudicatedAt: true,
        article: { select: { title: true, publisher: true, publishedAt: true, wordCount: true } },
      },
    }),
  ]);
  return {
    items: rows.map(({ article, ...r }) => ({ ...r, ...article })),
    page,
    pageSize,
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
