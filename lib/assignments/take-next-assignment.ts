import { Prisma } from "@/lib/db/generated/sqlite/client";
import { databaseProvider, type Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { projectAccess } from "@/lib/projects/project-access";
import type { Tx } from "@/lib/projects/include-articles";
import { openAssignmentStates } from "@/lib/projects/vocabulary";
import { assignmentSelect } from "./assignment-select";
import { quotaLimit } from "./quota";
import { returnAbandonedAssignments } from "./return-abandoned-assignments";
import { lockMember } from "./lock-member";

/** Why the queue had nothing for the caller. */
type EmptyQueueReason = "pool_empty" | "quota_reached" | "manual_assignment";

export type NextAssignmentResult =
  { assignment: AssignmentRow; resumed: boolean } | { assignment: null; reason: EmptyQueueReason; quota?: number };

type AssignmentRow = Prisma.AssignmentGetPayload<{ select: typeof assignmentSelect }>;

/** Thrown inside the transaction to roll back a take that found no article (nothing is kept). */
class NothingToTake extends Error {
  constructor(readonly reason: EmptyQueueReason) {
    super(reason);
  }
}

/**
 * "Next article": the caller's oldest open assignment in the project if they have one (so the
 * button resumes work rather than piling it up), else a new slot by the project's rules, or
 * `{ assignment: null, reason }` when there is nothing for them.
 *
 * Taking a slot is atomic, whatever the number of callers and app instances on one database:
 * - the caller's membership row is locked first (a write on SQLite, a row lock on PostgreSQL),
 *   so one annotator's takes run one at a time and the quota check holds;
 * - the article's slot counter is raised by a conditional UPDATE (`activeAssignments <
 *   targetAnnotators`), so no article gets more than its N; on PostgreSQL the candidate row is
 *   picked `FOR UPDATE SKIP LOCKED`, so concurrent annotators take different articles instead
 *   of queueing on one;
 * - the unique key (project, article, annotator) refuses the same article twice.
 * Abandoned assignments past the project's timeout are returned to the pool first.
 */
export async function takeNextAssignment({
  db,
  actor,
  projectId,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  now?: Date;
}): Promise<NextAssignmentResult> {
  const access = await projectAccess({ db, actor, projectId, permission: "project.annotate" });
  if (access.role !== "annotator") {
    throw new AppError(
      "forbidden",
      `Only the project's annotators take articles from its queue; your role in it is ${access.role}`,
    );
  }
  await returnAbandonedAssignments({ db, projectId, now });
  const provider = databaseProvider(db);
  let taken: { id: string; resumed: boolean };
  try {
    // The transaction holds SQLite's one write lock (and the member's row on PostgreSQL) from its
    // first statement: it does only the take and returns the assignment's id; the assignment is
    // read with its article and annotator once it has committed.
    taken = await db.$transaction(async (tx) => {
      const member = await lockMember(tx, { projectId, userId: actor.id, role: "annotator" });
      const project = await tx.project.findUniqueOrThrow({
        where: { id: projectId },
        select: {
          assignmentMode: true,
          queueOrder: true,
          quotaCount: true,
          quotaShare: true,
          requireGuidelinesRead: true,
          archivedAt: true,
        },
      });
      if (project.archivedAt) throw new AppError("conflict", "The project is archived; it hands out no more articles");
      if (project.requireGuidelinesRead) await assertGuidelinesRead(tx, projectId, member.guidelinesSeen);

      const open = await tx.assignment.findFirst({
        where: { projectId, annotatorId: actor.id, state: { in: [...openAssignmentStates] } },
        orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      if (open) return { id: open.id, resumed: true };
      if (project.assignmentMode === "manual") throw new NothingToTake("manual_assignment");

      const limit = quotaLimit({
        memberQuota: member.quota,
        quotaCount: project.quotaCount,
        quotaShare: project.quotaShare,
        articleCount:
          project.quotaShare !== null && member.quota === null && project.quotaCount === null
            ? await tx.projectArticle.count({ where: { projectId } })
            : 0,
      });
      if (limit !== null && member.activeAssignments >= limit) throw new NothingToTake("quota_reached");

      const slot = await claimSlot(tx, {
        provider,
        projectId,
        userId: actor.id,
        order: project.queueOrder === "random" ? { random: member.shuffleSeed } : "fewest_first",
      });
      if (!slot) throw new NothingToTake("pool_empty");

      // Conditional, although the member row is locked: the quota holds even if that ever changes.
      const counted = await tx.projectMember.updateMany({
        where: { id: member.id, ...(limit !== null ? { activeAssignments: { lt: limit } } : {}) },
        data: { activeAssignments: { increment: 1 } },
      });
      if (counted.count !== 1) throw new NothingToTake("quota_reached");
      await tx.projectArticle.updateMany({ where: { id: slot.id, startedAt: null }, data: { startedAt: now } });
      const assignment = await tx.assignment.create({
        data: { projectId, articleId: slot.articleId, annotatorId: actor.id, assignedAt: now, lastActivityAt: now },
        select: { id: true, state: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.take",
        entityType: "assignment",
        entityId: assignment.id,
        after: { projectId, articleId: slot.articleId, annotatorId: actor.id, state: assignment.state },
      });
      return { id: assignment.id, resumed: false };
    });
  } catch (error) {
    if (error instanceof NothingToTake) {
      if (error.reason !== "quota_reached") return { assignment: null, reason: error.reason };
      const member = await db.projectMember.findUnique({
        where: { projectId_userId: { projectId, userId: actor.id } },
        select: { activeAssignments: true },
      });
      return { assignment: null, reason: "quota_reached", quota: member?.activeAssignments };
    }
    throw error;
  }
  // Committed, so it exists; a manager may have moved it since, and this shows it as it is now.
  const assignment = await db.assignment.findUniqueOrThrow({ where: { id: taken.id }, select: assignmentSelect });
  return { assignment, resumed: taken.resumed };
}

async function assertGuidelinesRead(tx: Tx, projectId: string, seen: number): Promise<void> {
  const newest = await tx.guidelinesVersion.findFirst({
    where: { projectId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  if (newest && newest.number > seen) {
    throw new AppError(
      "conflict",
      `Open the project's guidelines (version ${newest.number}) before taking your next article`,
      undefined,
      { guidelinesVersion: newest.number },
    );
  }
}

/**
 * Picks an open article the caller has never held and takes one of its slots, or returns null
 * when there is none. Runs inside the take's transaction.
 */
async function claimSlot(
  tx: Tx,
  {
    provider,
    projectId,
    userId,
    order,
  }: {
    provider: "sqlite" | "postgresql";
    projectId: string;
    userId: string;
    order: "fewest_first" | { random: number };
  },
): Promise<{ id: string; articleId: string } | null> {
  const orderBy =
    order === "fewest_first"
      ? Prisma.sql`pa."activeAssignments" ASC, pa."addedAt" ASC, pa."id" ASC`
      : // XOR of the article's key and the member's seed (written with | and &, which both
        // databases have): a fixed permutation of the articles per member.
        Prisma.sql`((pa."shuffleKey" | ${order.random}) - (pa."shuffleKey" & ${order.random})) ASC, pa."id" ASC`;
  const lock = provider === "postgresql" ? Prisma.sql`FOR UPDATE OF pa SKIP LOCKED` : Prisma.empty;
  // A slot can only be lost to a concurrent taker between the pick and the update where the pick
  // cannot lock (SQLite serialises writers, so there it never is); then the next candidate is tried.
  for (let attempt = 0; attempt < 8; attempt++) {
    const [candidate] = await tx.$queryRaw<{ id: string; articleId: string }[]>`
      SELECT pa."id", pa."articleId" FROM "ProjectArticle" pa
      WHERE pa."projectId" = ${projectId} AND pa."state" = 'open' AND pa."activeAssignments" < pa."targetAnnotators"
        AND NOT EXISTS (SELECT 1 FROM "Assignment" a
                        WHERE a."projectId" = pa."projectId" AND a."articleId" = pa."articleId" AND a."annotatorId" = ${userId})
      ORDER BY ${orderBy}
      LIMIT 1 ${lock}`;
    if (!candidate) return null;
    const taken = await tx.$executeRaw`
      UPDATE "ProjectArticle"
      SET "activeAssignments" = "activeAssignments" + 1,
          "state" = CASE WHEN "activeAssignments" + 1 >= "targetAnnotators" THEN 'full' ELSE 'open' END
      WHERE "id" = ${candidate.id} AND "state" = 'open' AND "activeAssignments" < "targetAnnotators"`;
    if (taken === 1) return candidate;
  }
  throw new AppError("unavailable", "Too many annotators are taking articles at this moment; try again");
}
