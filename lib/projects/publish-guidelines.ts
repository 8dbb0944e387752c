import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { projectAccess } from "./project-access";
import type { GuidelinesData } from "./schema";

export const guidelinesSelect = {
  id: true,
  number: true,
  markdown: true,
  changeNote: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

/**
 * Saves a new version of a project's guidelines (managers); versions are never changed. When
 * the editor says which version it started from (`baseVersion`) and a newer one was saved
 * meanwhile, 409 with that version, so one manager never silently replaces another's text.
 * Two saves at the same moment get different numbers or a 409 (unique project + number).
 */
export async function publishGuidelines({
  db,
  actor,
  projectId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  input: GuidelinesData;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  try {
    return await db.$transaction(async (tx) => {
      const newest = await tx.guidelinesVersion.findFirst({
        where: { projectId },
        orderBy: { number: "desc" },
        select: guidelinesSelect,
      });
      const current = newest?.number ?? 0;
      if (input.baseVersion !== undefined && input.baseVersion !== current) {
        throw new AppError(
          "conflict",
          `Version ${current} of the guidelines was saved since you started from version ${input.baseVersion}; compare and save again`,
          undefined,
          { current: newest },
        );
      }
      const created = await tx.guidelinesVersion.create({
        data: {
          projectId,
          number: current + 1,
          markdown: input.markdown,
          changeNote: input.changeNote,
          authorId: actor.id,
        },
        select: guidelinesSelect,
      });
      // The author has read what they wrote.
      await tx.projectMember.updateMany({
        where: { projectId, userId: actor.id, guidelinesSeen: { lt: created.number } },
        data: { guidelinesSeen: created.number },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "guidelines.publish",
        entityType: "project",
        entityId: projectId,
        after: { number: created.number, changeNote: input.changeNote, characters: input.markdown.length },
      });
      return created;
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002")
      throw new AppError(
        "conflict",
        "Another version of the guidelines was saved at the same moment; reload and save again",
      );
    throw error;
  }
}
