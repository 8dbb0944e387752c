import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { memberSelect } from "./member-select";
import { projectAccess } from "./project-access";
import type { UpdateMemberData } from "./schema";

/**
 * Changes a member's role or own quota (managers), with the version last read. A quota below
 * what the member already holds is a 422; a member holding open assignments cannot stop being
 * an annotator (409: return or reassign them first); the last manager stays a manager.
 */
export async function updateMember({
  db,
  actor,
  projectId,
  userId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  userId: string;
  input: UpdateMemberData;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  return db.$transaction(async (tx) => {
    const before = await tx.projectMember.findUnique({
      where: { projectId_userId: { projectId, userId } },
      select: memberSelect,
    });
    if (!before) throw AppError.notFound(`Member ${userId} of this project`);
    if (before.version !== input.version) {
      throw new AppError(
        "conflict",
        "The membership was changed by someone else since you read it; reload and try again",
        undefined,
        {
          current: before,
        },
      );
    }
    if (input.quota != null && input.quota < before.activeAssignments) {
      const message = `is below the ${before.activeAssignments} articles this member already holds; return some first or choose at least ${before.activeAssignments}`;
      throw new AppError("validation_failed", `Invalid request: quota: ${message}`, [{ path: "quota", message }]);
    }
    if (input.role && input.role !== "annotator" && before.role === "annotator") {
      const open = await tx.assignment.count({
        where: { projectId, annotatorId: userId, state: { in: ["assigned", "in_progress"] } },
      });
      if (open > 0) {
        throw new AppError(
          "conflict",
          `This member holds ${open} open assignment${open === 1 ? "" : "s"}; return or reassign ${open === 1 ? "it" : "them"} before changing their role`,
          undefined,
          { openAssignments: open },
        );
      }
    }
    if (input.role && input.role !== "manager" && before.role === "manager") {
      const managers = await tx.projectMember.count({ where: { projectId, role: "manager" } });
      if (managers <= 1)
        throw new AppError("conflict", "This is the project's only manager; make someone else manager first");
    }
    const updated = await tx.projectMember.update({
      where: { id: before.id },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.quota !== undefined ? { quota: input.quota } : {}),
        version: { increment: 1 },
      },
      select: memberSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.member_update",
      entityType: "project",
      entityId: projectId,
      before: { userId, role: before.role, quota: before.quota },
      after: { userId, role: updated.role, quota: updated.quota },
    });
    return updated;
  });
}
