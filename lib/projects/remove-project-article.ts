import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { projectAccess } from "./project-access";

/**
 * Takes an article out of a project (managers; the article stays in the library). Refused with
 * 409 while it has claims or assignments in the project, with their counts: nothing made in a
 * project is dropped by taking its article out.
 */
export async function removeProjectArticle({
  db,
  actor,
  projectId,
  articleId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  articleId: string;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  return db.$transaction(async (tx) => {
    const included = await tx.projectArticle.findUnique({
      where: { projectId_articleId: { projectId, articleId } },
      select: { id: true },
    });
    if (!included) throw AppError.notFound(`Article ${articleId} in this project`);
    const [claims, assignments] = await Promise.all([
      tx.claim.count({ where: { projectId, articleId } }),
      tx.assignment.count({ where: { projectId, articleId } }),
    ]);
    if (claims || assignments) {
      throw new AppError(
        "conflict",
        `The article has ${claims} claim${claims === 1 ? "" : "s"} and ${assignments} assignment${assignments === 1 ? "" : "s"} in this project; it stays`,
        undefined,
        { claimCount: claims, assignmentCount: assignments },
      );
    }
    await tx.projectArticle.delete({ where: { id: included.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.article_remove",
      entityType: "project",
      entityId: projectId,
      before: { articleId },
    });
    return { articleId, removed: true as const };
  });
}
