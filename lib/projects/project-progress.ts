import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";

const DAY = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A project's progress for its dashboard (reviewers and managers): per annotator how many
 * articles are assigned, in progress and done and the median time from opening an article to
 * submitting it; articles per state; and submissions per day (cumulative) for the chart. Grouped
 * in the database; only the submitted assignments' two timestamps are read row by row.
 */
export async function getProjectProgress({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  const [byAnnotator, byState, submitted, annotators] = await Promise.all([
    db.assignment.groupBy({ by: ["annotatorId", "state"], where: { projectId }, _count: { _all: true } }),
    db.projectArticle.groupBy({ by: ["state"], where: { projectId }, _count: { _all: true } }),
    db.assignment.findMany({
      where: { projectId, state: "submitted" },
      select: { annotatorId: true, assignedAt: true, startedAt: true, submittedAt: true },
    }),
    db.projectMember.findMany({
      where: { projectId, role: "annotator" },
      select: { userId: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  const people = new Map(annotators.map((m) => [m.userId, { name: m.user.name, email: m.user.email }]));
  const missing = [...new Set(byAnnotator.map((r) => r.annotatorId))].filter((id) => !people.has(id));
  if (missing.length) {
    const users = await db.user.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true, email: true },
    });
    for (const u of users) people.set(u.id, { name: u.name, email: u.email });
  }
  const durations = new Map<string, number[]>();
  for (const a of submitted) {
    if (!a.submittedAt) continue;
    const from = a.startedAt ?? a.assignedAt;
    const list = durations.get(a.annotatorId) ?? [];
    list.push(a.submittedAt.getTime() - from.getTime());
    durations.set(a.annotatorId, list);
  }
  const count = (userId: string, state: string) =>
    byAnnotator.find((r) => r.annotatorId === userId && r.state === state)?._count._all ?? 0;
  const perAnnotator = [...people.entries()]
    .map(([userId, p]) => ({
      userId,
      ...p,
      assigned: count(userId, "assigned"),
      inProgress: count(userId, "in_progress"),
      done: count(userId, "submitted"),
      returned: count(userId, "returned"),
      medianMs: median(durations.get(userId) ?? []),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  // Submissions per UTC day, cumulative, from the first to today.
  const days = new Map<number, number>();
  for (const a of submitted) {
    if (!a.submittedAt) continue;
    const day = Math.floor(a.submittedAt.getTime() / DAY) * DAY;
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  const series: { day: Date; done: number }[] = [];
  if (days.size) {
    const first = Math.min(...days.keys());
    const last = Math.max(Math.floor(Date.now() / DAY) * DAY, ...days.keys());
    let total = 0;
    for (let d = first; d <= last; d += DAY) {
      total += days.get(d) ?? 0;
      series.push({ day: new Date(d), done: total });
    }
  }
  const articles = Object.fromEntries(byState.map((r) => [r.state, r._count._all])) as Record<string, number>;
  return {
    perAnnotator,
    articles: {
      open: articles.open ?? 0,
      full: articles.full ?? 0,
      annotated: articles.annotated ?? 0,
      adjudicated: articles.adjudicated ?? 0,
      total: byState.reduce((n, r) => n + r._count._all, 0),
    },
    series,
    medianMs: median([...durations.values()].flat()),
  };
}
