import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { accessCan, projectAccess, type ProjectAccess } from "@/lib/projects/project-access";

/**
 * An assignment with the caller's access to its project: its annotator, and anyone who manages
 * the project, may act on it; for anyone else it does not exist (404).
 */
export async function loadAssignment({
  db,
  actor,
  assignmentId,
  manage = false,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  assignmentId: string;
  /** Only managers may (returning, reassigning). */
  manage?: boolean;
}): Promise<{
  assignment: { id: string; projectId: string; articleId: string; annotatorId: string; state: string; version: number };
  access: ProjectAccess;
}> {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, projectId: true, articleId: true, annotatorId: true, state: true, version: true },
  });
  if (!assignment) throw AppError.notFound(`Assignment ${assignmentId}`);
  const access = await projectAccess({ db, actor, projectId: assignment.projectId }).catch(() => null);
  const own = assignment.annotatorId === actor.id;
  if (!access || (!own && !accessCan(access, "project.review"))) throw AppError.notFound(`Assignment ${assignmentId}`);
  if (manage && !accessCan(access, "project.manage")) {
    throw new AppError("forbidden", `Your role in this project (${access.role}) lacks the project.manage permission`);
  }
  return { assignment, access };
}
