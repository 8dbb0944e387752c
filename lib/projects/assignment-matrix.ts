import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";

/**
 * One page of a project's assignment matrix: articles (rows, in the order they joined the
 * project) × annotators (columns) with the state of each assignment. Reviewers and managers.
 * A fixed number of queries per page, whatever the project's size: the page of articles, the
 * assignments of those articles, the annotators, and the count.
 */
export async function getAssignmentMatrix({
  db,
  actor,
  projectId,
  page = 1,
  pageSize = 50,
  q,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  page?: number;
  pageSize?: number;
  /** Words of the article's title. */
  q?: string;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  const where = { projectId, ...(q ? { article: { title: { contains: q } } } : {}) };
  const [total, rows, annotators] = await Promise.all([
    db.projectArticle.count({ where }),
    db.projectArticle.findMany({
      where,
      orderBy: [{ addedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        articleId: true,
        state: true,
        targetAnnotators: true,
        activeAssignments: true,
        submittedAssignments: true,
        article: { select: { title: true } },
      },
    }),
    db.projectMember.findMany({
      where: { projectId, role: "annotator" },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { userId: true, quota: true, activeAssignments: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  const assignments = rows.length
    ? await db.assignment.findMany({
        where: { projectId, articleId: { in: rows.map((r) => r.articleId) } },
        select: {
          id: true,
          articleId: true,
          annotatorId: true,
          state: true,
          returnReason: true,
          version: true,
          annotator: { select: { name: true, email: true } },
        },
      })
    : [];
  // Someone who is no longer an annotator but holds work on this page still gets a column.
  const columns = annotators.map((m) => ({
    userId: m.userId,
    name: m.user.name,
    email: m.user.email,
    quota: m.quota,
    holding: m.activeAssignments,
  }));
  const known = new Set(columns.map((c) => c.userId));
  for (const a of assignments) {
    if (!known.has(a.annotatorId)) {
      known.add(a.annotatorId);
      columns.push({
        userId: a.annotatorId,
        name: a.annotator.name,
        email: a.annotator.email,
        quota: null,
        holding: 0,
      });
    }
  }
  const cell = new Map(assignments.map((a) => [`${a.articleId}\u0000${a.annotatorId}`, a]));
  return {
    total,
    page,
    pageSize,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    annotators: columns,
    rows: rows.map((r) => ({
      articleId: r.articleId,
      title: r.article.title,
      state: r.state,
      target: r.targetAnnotators,
      active: r.activeAssignments,
      submitted: r.submittedAssignments,
      cells: columns.map((c) => {
        const a = cell.get(`${r.articleId}\u0000${c.userId}`);
        return a ? { id: a.id, state: a.state, returnReason: a.returnReason } : null;
      }),
    })),
  };
}
