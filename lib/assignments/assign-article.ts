import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { projectAccess, roleInProject } from "@/lib/projects/project-access";
import type { Tx } from "@/lib/projects/include-articles";
import { assignmentSelect } from "./assignment-select";
import { lockMember } from "./lock-member";
import { quotaLimit } from "./quota";

/**
 * Assigns an article of the project to an annotator by hand (managers), inside the caller's
 * transaction, under the same rules as the queue: the person must be one of the project's
 * annotators (422 otherwise), the article must be in the project (422), it must have a free slot
 * (409 when it already has its N) and the annotator room in their quota (409). An annotator who
 * already holds the article is a 409; one whose earlier assignment of it was returned gets that
 * same assignment back (with the claims they had made).
 */
export async function assignArticleInTx(
  tx: Tx,
  {
    actor,
    projectId,
    articleId,
    annotatorId,
    now,
  }: { actor: Pick<Actor, "id">; projectId: string; articleId: string; annotatorId: string; now: Date },
) {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { visibility: true, quotaCount: true, quotaShare: true },
  });
  const user = await tx.user.findUnique({
    where: { id: annotatorId },
    select: {
      id: true,
      email: true,
      role: true,
      disabledAt: true,
      memberships: { where: { projectId }, select: { role: true } },
    },
  });
  const role =
    user && !user.disabledAt
      ? roleInProject({
          actor: { role: user.role === "admin" || user.role === "reviewer" ? user.role : "annotator" },
          visibility: project.visibility,
          memberRole: user.memberships[0]?.role,
        })
      : null;
  if (role !== "annotator") {
    const message = !user
      ? "names no user of this instance"
      : user.disabledAt
        ? "is a disabled account"
        : `is not an annotator of this project${role ? ` (their role is ${role})` : ""}`;
    throw new AppError("validation_failed", `Invalid request: annotatorId: ${message}`, [
      { path: "annotatorId", message },
    ]);
  }
  const slot = await tx.projectArticle.findUnique({
    where: { projectId_articleId: { projectId, articleId } },
    select: { id: true, activeAssignments: true, targetAnnotators: true, state: true },
  });
  if (!slot) {
    const message = "names no article of this project (add it to the project first)";
    throw new AppError("validation_failed", `Invalid request: articleId: ${message}`, [{ path: "articleId", message }]);
  }
  const member = await lockMember(tx, { projectId, userId: annotatorId, role: "annotator" });
  const earlier = await tx.assignment.findUnique({
    where: { projectId_articleId_annotatorId: { projectId, articleId, annotatorId } },
    select: { id: true, state: true },
  });
  if (earlier && earlier.state !== "returned") {
    throw new AppError(
      "conflict",
      `${user!.email} already holds this article (${earlier.state.replace("_", " ")})`,
      undefined,
      {
        assignmentId: earlier.id,
      },
    );
  }
  const limit = quotaLimit({
    memberQuota: member.quota,
    quotaCount: project.quotaCount,
    quotaShare: project.quotaShare,
    articleCount: project.quotaShare !== null ? await tx.projectArticle.count({ where: { projectId } }) : 0,
  });
  const counted = await tx.projectMember.updateMany({
    where: { id: member.id, ...(limit !== null ? { activeAssignments: { lt: limit } } : {}) },
    data: { activeAssignments: { increment: 1 } },
  });
  if (counted.count !== 1) {
    throw new AppError("conflict", `${user!.email} has reached their quota (${limit} articles)`, undefined, {
      quota: limit,
    });
  }
  const taken = await tx.$executeRaw`
    UPDATE "ProjectArticle"
    SET "activeAssignments" = "activeAssignments" + 1,
        "state" = CASE WHEN "activeAssignments" + 1 >= "targetAnnotators" THEN 'full' ELSE 'open' END
    WHERE "id" = ${slot.id} AND "state" = 'open' AND "activeAssignments" < "targetAnnotators"`;
  if (taken !== 1) {
    throw new AppError(
      "conflict",
      `The article already has its ${slot.targetAnnotators} annotator${slot.targetAnnotators === 1 ? "" : "s"}`,
      undefined,
      { targetAnnotators: slot.targetAnnotators },
    );
  }
  await tx.projectArticle.updateMany({ where: { id: slot.id, startedAt: null }, data: { startedAt: now } });
  const data = { state: "assigned", assignedById: actor.id, assignedAt: now, lastActivityAt: now };
  const assignment = earlier
    ? await tx.assignment.update({
        where: { id: earlier.id },
        data: { ...data, returnReason: null, returnedAt: null, version: { increment: 1 } },
        select: assignmentSelect,
      })
    : await tx.assignment.create({ data: { ...data, projectId, articleId, annotatorId }, select: assignmentSelect });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "assignment.assign",
    entityType: "assignment",
    entityId: assignment.id,
    ...(earlier ? { before: { state: "returned" } } : {}),
    after: { projectId, articleId, annotatorId, state: "assigned" },
  });
  return assignment;
}

/** `assignArticleInTx` in a transaction of its own, after checking the caller manages the project. */
export async function assignArticle({
  db,
  actor,
  projectId,
  articleId,
  annotatorId,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  articleId: string;
  annotatorId: string;
  now?: Date;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  return db.$transaction((tx) => assignArticleInTx(tx, { actor, projectId, articleId, annotatorId, now }));
}
