import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { projectAccess } from "./project-access";

/**
 * Removes a member from a project (managers). Their claims and past assignments stay; a member
 * holding open assignments is a 409 (return or reassign them first), and so is the last manager.
 */
export async function removeMember({
  db,
  actor,
  projectId,
  userId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  userId: string;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  return db.$transaction(async (tx) => {
    const member = await tx.projectMember.findUnique({
      where: { projectId_userId: { projectId, userId } },
      select: { id: true, role: true },
    });
    if (!member) throw AppError.notFound(`Member ${userId} of this project`);
    const open = await tx.assignment.count({
      where: { projectId, annotatorId: userId, state: { in: ["assigned", "in_progress"] } },
    });
    if (open > 0) {
      throw new AppError(
        "conflict",
        `This member holds ${open} open assignment${open === 1 ? "" : "s"}; return or reassign ${open === 1 ? "it" : "them"} first`,
        undefined,
        { openAssignments: open },
      );
    }
    if (member.role === "manager" && (await tx.projectMember.count({ where: { projectId, role: "manager" } })) <= 1) {
      throw new AppError("conflict", "This is the project's only manager; make someone else manager first");
    }
    await tx.projectMember.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.member_remove",
      entityType: "project",
      entityId: projectId,
      before: { userId, role: member.role },
    });
    return { userId, removed: true as const };
  });
}
