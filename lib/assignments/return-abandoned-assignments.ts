import type { Db } from "@/lib/db/client";
import { releaseSlot } from "./release-slot";

/** Most abandoned assignments returned in one call (the rest go on the next). */
const BATCH = 200;

/**
 * Returns to the pool every open assignment of the project untouched for longer than its
 * abandonment timeout. There is no background job (the app keeps no state between requests):
 * this runs before the queue hands out an article and when managers look at the project, each
 * return in its own short transaction, conditional on the assignment still being stale.
 * Returns how many were returned.
 */
export async function returnAbandonedAssignments({
  db,
  projectId,
  now = new Date(),
}: {
  db: Db;
  projectId: string;
  now?: Date;
}): Promise<number> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { abandonAfterMinutes: true } });
  if (!project || project.abandonAfterMinutes === null) return 0;
  const staleBefore = new Date(now.getTime() - project.abandonAfterMinutes * 60_000);
  const stale = await db.assignment.findMany({
    where: { projectId, state: { in: ["assigned", "in_progress"] }, lastActivityAt: { lt: staleBefore } },
    select: { id: true },
    orderBy: { lastActivityAt: "asc" },
    take: BATCH,
  });
  let returned = 0;
  for (const { id } of stale) {
    const done = await db.$transaction((tx) =>
      releaseSlot(tx, { assignmentId: id, reason: "timeout", actorId: null, now, staleBefore }),
    );
    if (done) returned++;
  }
  return returned;
}
