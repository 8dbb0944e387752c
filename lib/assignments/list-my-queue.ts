import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "@/lib/projects/project-access";
import { quotaLimit } from "./quota";
import { assignmentSelect } from "./assignment-select";

/**
 * An annotator's home in a project: what is assigned to them, what is in progress, what they
 * submitted lately, their quota and what is left in the pool for them (a count, no article
 * named), and whether newer guidelines wait to be opened.
 */
export async function listMyQueue({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
}) {
  const access = await projectAccess({ db, actor, projectId });
  const [open, submitted, submittedCount, member, project, newest, available] = await Promise.all([
    db.assignment.findMany({
      where: { projectId, annotatorId: actor.id, state: { in: ["assigned", "in_progress"] } },
      select: assignmentSelect,
      orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    }),
    db.assignment.findMany({
      where: { projectId, annotatorId: actor.id, state: "submitted" },
      select: assignmentSelect,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: 20,
    }),
    db.assignment.count({ where: { projectId, annotatorId: actor.id, state: "submitted" } }),
    db.projectMember.findUnique({
      where: { projectId_userId: { projectId, userId: actor.id } },
      select: { quota: true, activeAssignments: true, guidelinesSeen: true },
    }),
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        quotaCount: true,
        quotaShare: true,
        assignmentMode: true,
        requireGuidelinesRead: true,
        _count: { select: { articles: true } },
      },
    }),
    db.guidelinesVersion.findFirst({ where: { projectId }, orderBy: { number: "desc" }, select: { number: true } }),
    db.projectArticle.count({
      where: {
        projectId,
        state: "open",
        activeAssignments: { lt: db.projectArticle.fields.targetAnnotators },
        assignments: { none: { annotatorId: actor.id } },
      },
    }),
  ]);
  const quota = quotaLimit({
    memberQuota: member?.quota ?? null,
    quotaCount: project.quotaCount,
    quotaShare: project.quotaShare,
    articleCount: project._count.articles,
  });
  const held = member?.activeAssignments ?? 0;
  return {
    role: access.role,
    assigned: open.filter((a) => a.state === "assigned"),
    inProgress: open.filter((a) => a.state === "in_progress"),
    submitted,
    submittedCount,
    quota,
    held,
    available:
      project.assignmentMode === "manual"
        ? 0
        : quota === null
          ? available
          : Math.min(available, Math.max(0, quota - held)),
    assignmentMode: project.assignmentMode,
    guidelines: {
      newest: newest?.number ?? null,
      seen: member?.guidelinesSeen ?? 0,
      mustOpen: project.requireGuidelinesRead && newest !== null && newest.number > (member?.guidelinesSeen ?? 0),
    },
  };
}
