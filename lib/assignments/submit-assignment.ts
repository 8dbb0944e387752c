import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, type FieldIssue } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { kindView } from "@/lib/projects/project-view";
import { missingAttributes } from "@/lib/projects/required-attributes";
import { kindSelect } from "@/lib/projects/schema";
import { submittableStatuses } from "@/lib/review/workflow";
import { assignmentSelect } from "./assignment-select";
import { loadAssignment } from "./load-assignment";
import { settleAnnotatedArticle } from "@/lib/adjudication/settle-article";

/**
 * The annotator submits their assignment: every draft (and changes-requested) claim made in it
 * is submitted with it, recording the guidelines version in force, and the assignment becomes
 * "submitted". When all of the article's annotators have submitted, the article is "annotated"
 * and settled in the same transaction (`settleAnnotatedArticle`): another annotator is asked for
 * when agreement is below the project's threshold, else it enters adjudication, where the
 * project's auto-merge rule makes the gold claims it can. A claim missing an attribute its kind requires stops
 * the whole submission with 422 naming each claim and attribute. One transaction, with an audit
 * event per claim and one for the assignment.
 */
export async function submitAssignment({
  db,
  actor,
  assignmentId,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  assignmentId: string;
  now?: Date;
}) {
  const { assignment } = await loadAssignment({ db, actor, assignmentId });
  if (assignment.annotatorId !== actor.id)
    throw new AppError("forbidden", "Only the assignment's annotator submits it");
  const { projectId, articleId } = assignment;
  return db.$transaction(async (tx) => {
    const moved = await tx.assignment.updateMany({
      where: { id: assignmentId, state: { in: ["assigned", "in_progress"] } },
      data: { state: "submitted", submittedAt: now, lastActivityAt: now, version: { increment: 1 } },
    });
    if (moved.count !== 1) {
      const current = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { state: true } });
      throw new AppError("conflict", `The assignment is already ${current.state}`, undefined, { state: current.state });
    }
    const [claims, kinds, guidelines] = await Promise.all([
      tx.claim.findMany({
        where: { assignmentId, status: { in: [...submittableStatuses] } },
        orderBy: [{ start: "asc" }, { id: "asc" }],
      }),
      tx.projectKind.findMany({ where: { projectId }, select: kindSelect }),
      tx.guidelinesVersion.findFirst({ where: { projectId }, orderBy: { number: "desc" }, select: { id: true } }),
    ]);
    const attributesOf = new Map(kinds.map((k) => [k.key, kindView(k).attributes]));
    const issues: FieldIssue[] = claims.flatMap((c) =>
      missingAttributes(attributesOf.get(c.kind) ?? {}, c).map((name) => ({
        path: `claims.${c.id}.${name}`,
        message: `“${c.exact.slice(0, 60)}” (${c.kind}) needs ${name === "range" ? "the upper bound of its range" : `a ${name}`}`,
      })),
    );
    if (issues.length) {
      throw new AppError(
        "validation_failed",
        `${issues.length} required attribute${issues.length === 1 ? " is" : "s are"} missing: ${issues.map((i) => i.message).join("; ")}`,
        issues,
      );
    }
    for (const before of claims) {
      const written = await tx.claim.updateMany({
        where: { id: before.id, version: before.version, status: { in: [...submittableStatuses] } },
        data: {
          status: "submitted",
          submittedAt: now,
          submittedGuidelinesVersionId: guidelines?.id ?? null,
          version: { increment: 1 },
        },
      });
      if (written.count !== 1) throw new AppError("conflict", "A claim changed while submitting; try again");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "claim.submit",
        entityType: "claim",
        entityId: before.id,
        before,
        after: await claimSnapshot(tx, before.id),
      });
    }
    await tx.$executeRaw`
      UPDATE "ProjectArticle"
      SET "submittedAssignments" = "submittedAssignments" + 1,
          "state" = CASE WHEN "submittedAssignments" + 1 >= "targetAnnotators" AND "state" IN ('open', 'full') THEN 'annotated' ELSE "state" END
      WHERE "projectId" = ${projectId} AND "articleId" = ${articleId}`;
    await tx.projectArticle.updateMany({
      where: { projectId, articleId, state: "annotated", annotatedAt: null },
      data: { annotatedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.submit",
      entityType: "assignment",
      entityId: assignmentId,
      before: { state: assignment.state },
      after: { state: "submitted", claims: claims.length },
    });
    // The last layer in: escalation or adjudication (with the auto-merge), in this transaction.
    const settled = await settleAnnotatedArticle(tx, { projectId, articleId, actorId: actor.id });
    const result = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: assignmentSelect });
    return { ...result, claimsSubmitted: claims.length, articleSettled: settled.action };
  });
}
