import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertMayChangeApproved } from "@/lib/review/approved-guard";
import { AppError } from "@/lib/errors";
import { findEvidence, toEvidenceWire } from "./evidence-wire";
import type { CreateEvidenceData } from "./schema";
import { visibleClaim } from "@/lib/projects/visible-claim";

const DUPLICATE_CLAIM_LINK = "These two claims are already linked; change or delete the existing link instead";
const DUPLICATE_SOURCE_LINK = "This claim already links to that URL; change or delete the existing link instead";

/** Today at UTC midnight: an access date is a calendar day, like a publication date. */
function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Links a claim to another claim or to an external source (parse the body with
 * `CreateEvidenceInput` first) and returns the link as seen from the claim (direction
 * "outgoing").
 *
 * Every claim is readable by anyone who may read articles (the route requires claims.write,
 * which implies articles.read), so "the target is readable" comes down to "it exists". An
 * unknown target is a problem with the body, hence 422 on `targetClaimId`, while an unknown
 * claim in the path is 404. A link already made in the other direction counts as a duplicate:
 * a link shows on both claims, so a second one would show twice.
 */
export async function createEvidence({
  db,
  actor,
  claimId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  claimId: string;
  input: CreateEvidenceData;
}) {
  // A claim the caller may not see (another annotator's, blind) is a 404, as if it did not exist.
  await visibleClaim({ db, actor, claimId });
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true } });
  if (!claim) throw AppError.notFound(`Claim ${claimId}`);
  assertMayChangeApproved(actor, [claim], "Adding evidence");

  if (input.kind === "claim") {
    const problem = (message: string) =>
      new AppError("validation_failed", `Invalid request: targetClaimId: ${message}`, [
        { path: "targetClaimId", message },
      ]);
    if (input.targetClaimId === claimId) throw problem("cannot be the claim itself");
    // A target the caller may not see (blind) is answered as one that does not exist.
    const seen = await visibleClaim({ db, actor, claimId: input.targetClaimId }).catch(() => null);
    const target = seen?.exists
      ? await db.claim.findUnique({ where: { id: input.targetClaimId }, select: { id: true, status: true } })
      : null;
    if (!target) throw problem(`no claim has the id "${input.targetClaimId}"`);
    // A link shows on both claims, so it changes the approved target's evidence too.
    assertMayChangeApproved(actor, [target], "Adding evidence");
    const existing = await db.evidence.findFirst({
      where: {
        OR: [
          { claimId, targetClaimId: input.targetClaimId },
          { claimId: input.targetClaimId, targetClaimId: claimId },
        ],
      },
      select: { id: true },
    });
    if (existing) throw new AppError("conflict", DUPLICATE_CLAIM_LINK, undefined, { existingId: existing.id });
  } else {
    const existing = await db.evidence.findFirst({ where: { claimId, url: input.url }, select: { id: true } });
    if (existing) throw new AppError("conflict", DUPLICATE_SOURCE_LINK, undefined, { existingId: existing.id });
  }

  const data =
    input.kind === "claim"
      ? { claimId, targetClaimId: input.targetClaimId, stance: input.stance, note: input.note, createdById: actor.id }
      : {
          claimId,
          url: input.url,
          title: input.title,
          publisher: input.publisher,
          publishedAt: input.publishedAt,
          quote: input.quote,
          accessedAt: input.accessedAt ?? today(),
          stance: input.stance,
          note: input.note,
          createdById: actor.id,
        };
  let createdId: string;
  try {
    // The link and its audit event land together or not at all; the event belongs to the
    // claim the link starts from, so that claim's history shows it.
    createdId = await db.$transaction(async (tx) => {
      // Checked again where the write happens: the claim may have been approved meanwhile.
      const now = await tx.claim.findMany({
        where: { id: { in: [claimId, ...(input.kind === "claim" ? [input.targetClaimId] : [])] } },
        select: { status: true },
      });
      assertMayChangeApproved(actor, now, "Adding evidence");
      const link = await tx.evidence.create({ data });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "evidence.link",
        entityType: "claim",
        entityId: claimId,
        after: link,
      });
      return link.id;
    });
  } catch (error) {
    // Two identical links sent at once: the unique index decides, the loser hears why.
    if (isUniqueViolation(error))
      throw new AppError("conflict", input.kind === "claim" ? DUPLICATE_CLAIM_LINK : DUPLICATE_SOURCE_LINK);
    throw error;
  }
  const [row] = await findEvidence(db, { id: createdId });
  if (!row) throw AppError.notFound(`Evidence ${createdId}`);
  return toEvidenceWire(row, "outgoing");
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
