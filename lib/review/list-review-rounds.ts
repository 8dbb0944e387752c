import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { decisionSelect } from "./schema";

/** One step of a claim's review: its author (or an admin) submitted it, or a reviewer decided. */
export type ReviewStep =
  | { type: "submitted"; at: Date; by: { id: string; name: string } | null }
  | {
      type: "decided";
      at: Date;
      decision: string;
      comment: string | null;
      by: { id: string; name: string };
    }
  | { type: "reopened"; at: Date; comment: string | null; by: { id: string; name: string } | null };

/**
 * A claim's review rounds, oldest first: each submission, each reviewer's decision with its
 * comment, and each reopening, so its author can see why it came back and what was said before.
 * A claim the caller may not see is a 404.
 */
export async function listReviewRounds({
  db,
  actor,
  claimId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  claimId: string;
}): Promise<{ claimId: string; items: ReviewStep[] }> {
  await visibleClaim({ db, actor, claimId });
  const [decisions, events] = await Promise.all([
    db.reviewDecision.findMany({ where: { claimId }, select: decisionSelect, orderBy: { createdAt: "asc" } }),
    db.auditEvent.findMany({
      where: { entityType: "claim", entityId: claimId, action: { in: ["claim.submit", "claim.reopen"] } },
      select: { action: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const items: ReviewStep[] = [
    ...events.map((e): ReviewStep =>
      e.action === "claim.submit"
        ? { type: "submitted", at: e.createdAt, by: e.actor }
        : { type: "reopened", at: e.createdAt, comment: reopenReason(e.after), by: e.actor },
    ),
    ...decisions.map((d) => ({
      type: "decided" as const,
      at: d.createdAt,
      decision: d.decision,
      comment: d.comment,
      by: d.reviewer,
    })),
  ];
  // Time order; on a tie (one transaction) the submission comes first.
  items.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.type === "submitted" ? -1 : 1));
  return { claimId, items };
}

/** The reason a reopen recorded in its audit event (`after.reason`), if any. */
function reopenReason(after: string | null): string | null {
  try {
    const reason = (JSON.parse(after ?? "null") as { reason?: unknown } | null)?.reason;
    return typeof reason === "string" && reason ? reason : null;
  } catch {
    return null;
  }
}
