import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { STALE_CLAIM_MESSAGE } from "@/lib/claims/claim-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { readReviewClaim, throwConflict } from "./claim-conflict";
import { submitProblem, submittableStatuses } from "./workflow";
import { visibleClaim } from "@/lib/projects/visible-claim";

/**
 * Sends a draft (or a claim with changes requested) to review. Only the author or an admin;
 * `version` must be the one the caller last read (409 with the current claim otherwise). The
 * status change and its audit event are one transaction.
 */
export async function submitClaim({
  db,
  actor,
  id,
  version,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  version: number;
}) {
  // A claim the caller may not see (another annotator's, blind) is a 404, as if it did not exist.
  await visibleClaim({ db, actor, claimId: id });
  return db.$transaction(async (tx) => {
    const before = await claimSnapshot(tx, id);
    if (!before) throw AppError.notFound(`Claim ${id}`);
    const problem = submitProblem({ actor, claim: before });
    if (problem?.code === "forbidden") throw new AppError("forbidden", problem.message);
    if (problem) await throwConflict(tx, id, problem.message);
    if (before.version !== version) await throwConflict(tx, id, STALE_CLAIM_MESSAGE);

    const written = await tx.claim.updateMany({
      where: { id, version, status: { in: [...submittableStatuses] } },
      data: { status: "submitted", submittedAt: new Date(), version: { increment: 1 } },
    });
    if (written.count !== 1) await throwConflict(tx, id, STALE_CLAIM_MESSAGE);

    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.submit",
      entityType: "claim",
      entityId: id,
      before,
      after: await claimSnapshot(tx, id),
    });
    return { claim: await readReviewClaim(tx, id) };
  });
}
