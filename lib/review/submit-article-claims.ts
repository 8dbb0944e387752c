import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { submittableStatuses } from "./workflow";

/**
 * Submits all of the caller's drafts and changes-requested claims on one article, in one
 * transaction with one audit event per claim. Each claim is written conditionally on the
 * version just read, so a claim edited in between is skipped (and counted) rather than
 * submitted in a state nobody looked at. Answers the counts and the new versions.
 */
export async function submitArticleClaims({
  db,
  actor,
  articleId,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  articleId: string;
}) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) throw AppError.notFound(`Article ${articleId}`);
    const candidates = await tx.claim.findMany({
      where: { articleId, authorId: actor.id, status: { in: [...submittableStatuses] } },
      orderBy: [{ start: "asc" }, { id: "asc" }],
    });
    const submittedAt = new Date();
    const claims: { id: string; version: number; status: "submitted" }[] = [];
    for (const before of candidates) {
      const written = await tx.claim.updateMany({
        where: { id: before.id, version: before.version, status: { in: [...submittableStatuses] } },
        data: { status: "submitted", submittedAt, version: { increment: 1 } },
      });
      if (written.count !== 1) continue;
      const after = await claimSnapshot(tx, before.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "claim.submit",
        entityType: "claim",
        entityId: before.id,
        before,
        after,
      });
      claims.push({ id: before.id, version: before.version + 1, status: "submitted" });
    }
    return { articleId, submitted: claims.length, skipped: candidates.length - claims.length, claims };
  });
}
