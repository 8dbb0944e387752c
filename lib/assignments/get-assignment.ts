import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { assignmentSelect } from "./assignment-select";
import { loadAssignment } from "./load-assignment";

/** One assignment with its claim count; its annotator and the project's reviewers and managers see it, nobody else (404). */
export async function getAssignment({
  db,
  actor,
  assignmentId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  assignmentId: string;
}) {
  await loadAssignment({ db, actor, assignmentId });
  const assignment = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { ...assignmentSelect, _count: { select: { claims: true } } },
  });
  const { _count, ...rest } = assignment;
  return { ...rest, claimCount: _count.claims };
}
