import { randomInt } from "node:crypto";
import { SHUFFLE_KEY_RANGE, type Tx } from "@/lib/projects/include-articles";
import type { ProjectRole } from "@/lib/projects/vocabulary";

/**
 * Locks a member's row for the rest of the transaction and returns it, making it first for a
 * user of a project open to the instance who has none yet (they join with the role their
 * instance role implies). Every change to a member's assignments goes through here, so one
 * annotator's takes, assignments and returns run one at a time: on SQLite the first write takes
 * the database's write lock, on PostgreSQL the UPDATE takes the row's lock.
 */
export async function lockMember(
  tx: Tx,
  { projectId, userId, role }: { projectId: string; userId: string; role: ProjectRole },
) {
  const locked =
    await tx.$executeRaw`UPDATE "ProjectMember" SET "version" = "version" WHERE "projectId" = ${projectId} AND "userId" = ${userId}`;
  if (locked === 0) {
    // Two first takes at once: the loser's insert is skipped and it locks the winner's row.
    await tx.$executeRaw`INSERT INTO "ProjectMember" ("id", "projectId", "userId", "role", "shuffleSeed", "updatedAt")
      VALUES (${`pm_${projectId}_${userId}`}, ${projectId}, ${userId}, ${role}, ${randomInt(SHUFFLE_KEY_RANGE)}, CURRENT_TIMESTAMP)
      ON CONFLICT ("projectId", "userId") DO NOTHING`;
    await tx.$executeRaw`UPDATE "ProjectMember" SET "version" = "version" WHERE "projectId" = ${projectId} AND "userId" = ${userId}`;
  }
  return tx.projectMember.findUniqueOrThrow({
    where: { projectId_userId: { projectId, userId } },
    select: { id: true, role: true, quota: true, activeAssignments: true, shuffleSeed: true, guidelinesSeen: true },
  });
}
