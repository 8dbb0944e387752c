import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assignmentSelect } from "./assignment-select";
import { loadAssignment } from "./load-assignment";
import { touchAssignment } from "./touch-assignment";

/** The annotator opens their assignment: assigned → in progress, and the abandonment clock restarts. */
export async function startAssignment({
  db,
  actor,
  assignmentId,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  assignmentId: string;
  now?: Date;
}) {
  const { assignment } = await loadAssignment({ db, actor, assignmentId });
  if (assignment.annotatorId !== actor.id)
    throw new AppError("forbidden", "Only the assignment's annotator works on it");
  return db.$transaction(async (tx) => {
    if (!(await touchAssignment(tx, { assignmentId, actorId: actor.id, now }))) {
      throw new AppError("conflict", `The assignment is ${assignment.state}; it can no longer be worked on`);
    }
    return tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: assignmentSelect });
  });
}
