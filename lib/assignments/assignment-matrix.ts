import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "@/lib/projects/project-access";
import { returnAbandonedAssignments } from "./return-abandoned-assignments";

/**
 * One page of the assignment matrix (managers and reviewers): the project's articles in the
 * order they were added, each with its state and its assignments (who, which state), and the
 * project's annotators as the columns. A fixed number of queries per page, whatever the size
 * of the project: the page's articles, their assignments (one IN query), the annotators.
 */
export async function assignmentMatrix({
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
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  await returnAbandonedAssignments({ db, projectId });
  const where = { projectId, ...(state ? { state } : {}) };
  const [total, rows, members] = await Promise.all([
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
        blind: true,
        article: { select: { title: true } },
        assignments: {
          select: { id: true, annotatorId: true, state: true, assignedAt: true, submittedAt: true, version: true },
          orderBy: { assignedAt: "asc" },
        },
      },
    }),
    db.projectMember.findMany({
      where: { projectId, OR: [{ role: "annotator" }, { activeAssignments: { gt: 0 } }] },
      select: {
        role: true,
        activeAssignments: true,
        quota: true,
        user: { select: { id: true, name: true, email: true } },
      },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    }),
  ]);
  const annotators = members.map((m) => ({ ...m.user, role: m.role, held: m.activeAssignments, quota: m.quota }));
  const known = new Set(annotators.map((a) => a.id));
  const missing = [...new Set(rows.flatMap((r) => r.assignments.map((a) => a.annotatorId)))].filter(
    (id) => !known.has(id),
  );
  if (missing.length) {
    const users = await db.user.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true, email: true },
    });
    annotators.push(...users.map((u) => ({ ...u, role: "former member", held: 0, quota: null })));
  }
  return {
    annotators,
    articles: rows.map(({ article, ...r }) => ({ ...r, title: article.title })),
    page,
    pageSize,
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
