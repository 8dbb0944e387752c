/**
 * The work queue on the bare driver, for the baseline server: what "Next article" and submitting
 * an assignment must do at the least to be the same atomic work as the app's
 * (lib/assignments/take-next-assignment.ts, submit-assignment.ts).
 *
 * - POST /api/projects/{id}/queue/next: the caller's membership (404/403); the abandoned
 *   assignments past the project's timeout looked up; one transaction: the member's row locked
 *   (a no-op UPDATE), the caller's open assignment (resumed if any), the candidate article (open,
 *   a free slot, never held by the caller; fewest active first, `FOR UPDATE SKIP LOCKED` on
 *   PostgreSQL), its slot counter raised by a conditional UPDATE, the member's count raised, the
 *   assignment inserted, an audit event; 204 when the pool is empty.
 * - POST /api/assignments/{id}/submit: one transaction: the assignment moved to submitted by a
 *   conditional UPDATE (409 otherwise), its submittable claims read, the article's submitted
 *   count raised (annotated when all are in), an audit event. The app also settles an article
 *   when its last layer arrives (alignment and adjudication); with no claims that is a few
 *   reads, which the baseline does not do.
 */
import { randomUUID } from "node:crypto";
import type { Conn, Row, Store } from "./baseline-store";

export class QueueFail extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const OPEN = `('assigned', 'in_progress')`;

function audit(conn: Conn, actorId: string, action: string, entityId: string, after: Row) {
  return conn.run(
    `INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "after") VALUES (?, ?, ?, 'assignment', ?, ?)`,
    [randomUUID(), actorId, action, entityId, JSON.stringify(after)],
  );
}

/** The assignment taken (201) or resumed (200), or null when the pool is empty for the caller (204). */
export async function takeNext(
  store: Store,
  actorId: string,
  projectId: string,
): Promise<{ assignment: Row; resumed: boolean } | null> {
  const [member] = await store.all(`SELECT "role" FROM "ProjectMember" WHERE "projectId" = ? AND "userId" = ?`, [
    projectId,
    actorId,
  ]);
  if (!member) throw new QueueFail(404, `Project ${projectId} not found`);
  if (member.role !== "annotator") throw new QueueFail(403, "Only the project's annotators take articles");
  const [project] = await store.all(`SELECT "abandonAfterMinutes" FROM "Project" WHERE "id" = ?`, [projectId]);
  const minutes = project?.abandonAfterMinutes as number | null;
  if (minutes) {
    const cutoff = new Date(Date.now() - minutes * 60_000);
    await store.all(
      `SELECT "id" FROM "Assignment" WHERE "projectId" = ? AND "state" IN ${OPEN} AND "lastActivityAt" < ? LIMIT 100`,
      [projectId, store.provider === "sqlite" ? cutoff.toISOString() : cutoff],
    );
  }
  const lock = store.provider === "postgresql" ? "FOR UPDATE OF pa SKIP LOCKED" : "";
  return store.tx(async (conn) => {
    await conn.run(`UPDATE "ProjectMember" SET "version" = "version" WHERE "projectId" = ? AND "userId" = ?`, [
      projectId,
      actorId,
    ]);
    const [me] = await conn.all(
      `SELECT "id", "activeAssignments" FROM "ProjectMember" WHERE "projectId" = ? AND "userId" = ?`,
      [projectId, actorId],
    );
    const [open] = await conn.all(
      `SELECT * FROM "Assignment" WHERE "projectId" = ? AND "annotatorId" = ? AND "state" IN ${OPEN} ORDER BY "assignedAt", "id" LIMIT 1`,
      [projectId, actorId],
    );
    if (open) return { assignment: open, resumed: true };
    for (let attempt = 0; attempt < 8; attempt++) {
      const [candidate] = await conn.all(
        `SELECT pa."id", pa."articleId" FROM "ProjectArticle" pa
          WHERE pa."projectId" = ? AND pa."state" = 'open' AND pa."activeAssignments" < pa."targetAnnotators"
            AND NOT EXISTS (SELECT 1 FROM "Assignment" a
                            WHERE a."projectId" = pa."projectId" AND a."articleId" = pa."articleId" AND a."annotatorId" = ?)
          ORDER BY pa."activeAssignments" ASC, pa."addedAt" ASC, pa."id" ASC LIMIT 1 ${lock}`,
        [projectId, actorId],
      );
      if (!candidate) return null;
      const taken = await conn.run(
        `UPDATE "ProjectArticle" SET "activeAssignments" = "activeAssignments" + 1,
                "state" = CASE WHEN "activeAssignments" + 1 >= "targetAnnotators" THEN 'full' ELSE 'open' END
          WHERE "id" = ? AND "state" = 'open' AND "activeAssignments" < "targetAnnotators"`,
        [candidate.id],
      );
      if (taken !== 1) continue;
      const now = store.now();
      await conn.run(`UPDATE "ProjectMember" SET "activeAssignments" = "activeAssignments" + 1 WHERE "id" = ?`, [
        me?.id,
      ]);
      await conn.run(`UPDATE "ProjectArticle" SET "startedAt" = ? WHERE "id" = ? AND "startedAt" IS NULL`, [
        now,
        candidate.id,
      ]);
      const [assignment] = await conn.all(
        `INSERT INTO "Assignment" ("id", "projectId", "articleId", "annotatorId", "assignedAt", "lastActivityAt")
         VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
        [randomUUID(), projectId, candidate.articleId, actorId, now, now],
      );
      await audit(conn, actorId, "assignment.take", assignment!.id as string, {
        projectId,
        articleId: candidate.articleId,
        annotatorId: actorId,
        state: "assigned",
      });
      return { assignment: assignment!, resumed: false };
    }
    throw new QueueFail(503, "Too many annotators are taking articles at this moment");
  });
}

export async function submitAssignment(store: Store, actorId: string, assignmentId: string): Promise<Row> {
  return store.tx(async (conn) => {
    const now = store.now();
    const moved = await conn.run(
      `UPDATE "Assignment" SET "state" = 'submitted', "submittedAt" = ?, "lastActivityAt" = ?, "version" = "version" + 1
        WHERE "id" = ? AND "annotatorId" = ? AND "state" IN ${OPEN}`,
      [now, now, assignmentId, actorId],
    );
    const [assignment] = await conn.all(`SELECT * FROM "Assignment" WHERE "id" = ?`, [assignmentId]);
    if (!assignment) throw new QueueFail(404, `Assignment ${assignmentId} not found`);
    if (moved !== 1) throw new QueueFail(409, `The assignment is already ${assignment.state as string}`);
    await conn.all(`SELECT "id" FROM "Claim" WHERE "assignmentId" = ? AND "status" IN ('draft', 'changes_requested')`, [
      assignmentId,
    ]);
    await conn.run(
      `UPDATE "ProjectArticle" SET "submittedAssignments" = "submittedAssignments" + 1,
              "state" = CASE WHEN "submittedAssignments" + 1 >= "targetAnnotators" AND "state" IN ('open', 'full') THEN 'annotated' ELSE "state" END
        WHERE "projectId" = ? AND "articleId" = ?`,
      [assignment.projectId, assignment.articleId],
    );
    await conn.run(
      `UPDATE "ProjectArticle" SET "annotatedAt" = ? WHERE "projectId" = ? AND "articleId" = ? AND "state" = 'annotated' AND "annotatedAt" IS NULL`,
      [now, assignment.projectId, assignment.articleId],
    );
    await audit(conn, actorId, "assignment.submit", assignmentId, { state: "submitted", claims: 0 });
    return assignment;
  });
}
