import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { SHUFFLE_KEY_RANGE } from "./include-articles";
import { memberSelect } from "./member-select";
import { projectAccess } from "./project-access";
import type { AddMemberData } from "./schema";

/**
 * Adds a user to a project with a role (managers). An unknown or disabled user is a 422 on the
 * field that named them; someone already a member is a 409 with their membership.
 */
export async function addMember({
  db,
  actor,
  projectId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  input: AddMemberData;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  const path = input.userId ? "userId" : "email";
  const user = await db.user.findFirst({
    where: input.userId ? { id: input.userId } : { email: { equals: input.email!.toLowerCase() } },
    select: { id: true, email: true, disabledAt: true },
  });
  if (!user || user.disabledAt) {
    const message = user ? "is a disabled account" : "names no user of this instance";
    throw new AppError("validation_failed", `Invalid request: ${path}: ${message}`, [{ path, message }]);
  }
  const existing = await db.projectMember.findUnique({
    where: { projectId_userId: { projectId, userId: user.id } },
    select: memberSelect,
  });
  if (existing)
    throw new AppError("conflict", `${user.email} is already a member (${existing.role})`, undefined, {
      current: existing,
    });
  try {
    return await db.$transaction(async (tx) => {
      const member = await tx.projectMember.create({
        data: {
          projectId,
          userId: user.id,
          role: input.role,
          quota: input.quota,
          shuffleSeed: randomInt(SHUFFLE_KEY_RANGE),
        },
        select: memberSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.member_add",
        entityType: "project",
        entityId: projectId,
        after: { userId: user.id, role: input.role, quota: input.quota },
      });
      return member;
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002")
      throw new AppError("conflict", `${user.email} is already a member`);
    throw error;
  }
}
