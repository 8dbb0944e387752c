import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";

/**
 * An annotator's home in a project: their open assignments (assigned, in progress), oldest
 * first, and their latest submitted ones, with counts of each. Only the caller's own work.
 */
export async function listMyQueue({
  db,
  actor,
  projectId,
  recent = 10,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  recent?: number;
}) {
  await projectAccess({ db, actor, projectId });
  const select = {
    id: true,
    articleId: true,
    state: true,
    assignedAt: true,
    startedAt: true,
    submittedAt: true,
    lastActivityAt: true,
    article: { select: { title: true } },
    _count: { select: { claims: true } },
  } as const;
  const [open, done, counts] = await Promise.all([
    db.assignment.findMany({
      where: { projectId, annotatorId: actor.id, state: { in: ["assigned", "in_progress"] } },
      orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
      take: 200,
      select,
    }),
    db.assignment.findMany({
      where: { projectId, annotatorId: actor.id, state: "submitted" },
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      take: recent,
      select,
    }),
    db.assignment.groupBy({
      by: ["state"],
      where: { projectId, annotatorId: actor.id },
      _count: { _all: true },
    }),
  ]);
  const shape = ({ article, _count, ...a }: (typeof open)[number]) => ({
    ...a,
    title: article.title,
    claimCount: _count.claims,
  });
  const count = (state: string) => counts.find((c) => c.state === state)?._count._all ?? 0;
  return {
    open: open.map(shape),
    done: done.map(shape),
    counts: {
      assigned: count("assigned"),
      inProgress: count("in_progress"),
      submitted: count("submitted"),
      returned: count("returned"),
    },
  };
}
