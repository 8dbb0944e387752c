import { Prisma } from "@/lib/db/generated/sqlite/client";
import { databaseProvider, type Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "@/lib/projects/project-access";
import { projectArticleStates } from "@/lib/projects/vocabulary";
import { returnAbandonedAssignments } from "./return-abandoned-assignments";

/**
 * A project's progress for its managers and reviewers: per annotator how many assignments are
 * assigned, in progress, submitted and returned, and their median time per article (submission
 * minus start); per article state how many articles; and submissions per day with the running
 * total. Aggregates computed by the database (a fixed number of queries, none per row).
 */
export async function projectDashboard({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  await returnAbandonedAssignments({ db, projectId });
  const provider = databaseProvider(db);
  const duration =
    provider === "postgresql"
      ? Prisma.sql`EXTRACT(EPOCH FROM (a."submittedAt" - COALESCE(a."startedAt", a."assignedAt"))) * 1000`
      : Prisma.sql`(julianday(a."submittedAt") - julianday(COALESCE(a."startedAt", a."assignedAt"))) * 86400000.0`;
  const day =
    provider === "postgresql" ? Prisma.sql`to_char(a."submittedAt", 'YYYY-MM-DD')` : Prisma.sql`date(a."submittedAt")`;
  const [byState, articleStates, medians, perDay, total] = await Promise.all([
    db.assignment.groupBy({ by: ["annotatorId", "state"], where: { projectId }, _count: { _all: true } }),
    db.projectArticle.groupBy({ by: ["state"], where: { projectId }, _count: { _all: true } }),
    db.$queryRaw<{ annotatorId: string; median: number | string }[]>`
      SELECT "annotatorId", AVG(d) AS "median" FROM (
        SELECT a."annotatorId", ${duration} AS d,
               ROW_NUMBER() OVER (PARTITION BY a."annotatorId" ORDER BY ${duration}) AS rn,
               COUNT(*) OVER (PARTITION BY a."annotatorId") AS n
        FROM "Assignment" a
        WHERE a."projectId" = ${projectId} AND a."state" = 'submitted' AND a."submittedAt" IS NOT NULL
      ) ranked
      WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
      GROUP BY "annotatorId"`,
    db.$queryRaw<{ day: string; submitted: number | bigint }[]>`
      SELECT ${day} AS "day", COUNT(*) AS "submitted" FROM "Assignment" a
      WHERE a."projectId" = ${projectId} AND a."state" = 'submitted' AND a."submittedAt" IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
    db.projectArticle.count({ where: { projectId } }),
  ]);
  const ids = [...new Set(byState.map((r) => r.annotatorId))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
  const medianOf = new Map(medians.map((m) => [m.annotatorId, Math.round(Number(m.median))]));
  const annotators = users
    .map((u) => {
      const count = (state: string) =>
        byState.find((r) => r.annotatorId === u.id && r.state === state)?._count._all ?? 0;
      return {
        ...u,
        assigned: count("assigned"),
        inProgress: count("in_progress"),
        submitted: count("submitted"),
        returned: count("returned"),
        medianMsPerArticle: medianOf.get(u.id) ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  let running = 0;
  const progress = perDay.map((d) => {
    running += Number(d.submitted);
    return { day: d.day, submitted: Number(d.submitted), total: running };
  });
  return {
    articles: {
      total,
      byState: Object.fromEntries(
        projectArticleStates.map((s) => [s, articleStates.find((r) => r.state === s)?._count._all ?? 0]),
      ),
    },
    annotators,
    progress,
  };
}
