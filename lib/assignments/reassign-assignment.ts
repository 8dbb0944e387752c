import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assignArticleInTx } from "./assign-article";
import { loadAssignment } from "./load-assignment";
import { releaseSlot } from "./release-slot";

/**
 * A manager moves an open assignment to another annotator in one transaction: the first is
 * returned (its claims stay with it) and the article is assigned to the second under the usual
 * rules. Either both happen or neither.
 */
export async function reassignAssignment({
  db,
  actor,
  assignmentId,
  annotatorId,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  assignmentId: string;
  annotatorId: string;
  now?: Date;
}) {
  const { assignment } = await loadAssignment({ db, actor, assignmentId, manage: true });
  if (assignment.annotatorId === annotatorId) {
    const message = "is the annotator who already holds this assignment";
    throw new AppError("validation_failed", `Invalid request: annotatorId: ${message}`, [
      { path: "annotatorId", message },
    ]);
  }
  return db.$transaction(async (tx) => {
    const done = await releaseSlot(tx, { assignmentId, reason: "manager", actorId: actor.id, now });
    if (!done) {
      throw new AppError(
        "conflict",
        `The assignment is ${assignment.state.replace("_", " ")}; only an assigned or in-progress one can be reassigned`,
      );
    }
    return assignArticleInTx(tx, {
      actor,
      projectId: assignment.projectId,
      articleId: assignment.articleId,
      annotatorId,
      now,
    });
  });
}
