import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assignmentSelect } from "./assignment-select";
import { loadAssignment } from "./load-assignment";
import { releaseSlot } from "./release-slot";

/**
 * A manager returns an open assignment to the pool (unassigning it): its claims stay with it.
 * A submitted or already returned assignment is a 409.
 */
export async function returnAssignment({
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
  const { assignment } = await loadAssignment({ db, actor, assignmentId, manage: true });
  return db.$transaction(async (tx) => {
    const done = await releaseSlot(tx, { assignmentId, reason: "manager", actorId: actor.id, now });
    if (!done) {
      throw new AppError(
        "conflict",
        `The assignment is ${assignment.state.replace("_", " ")}; only an assigned or in-progress one can be returned`,
      );
    }
    return tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: assignmentSelect });
  });
}
