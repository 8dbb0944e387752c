import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findEvidence, toEvidenceWire } from "./evidence-wire";

/**
 * Every evidence link touching a claim: `outgoing` (links that start at it: other claims and
 * external sources it cites) and `incoming` (links from other claims to it), oldest first.
 */
export async function listEvidence({ db, claimId }: { db: Db; claimId: string }) {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw AppError.notFound(`Claim ${claimId}`);
  const [outgoing, incoming] = await Promise.all([
    findEvidence(db, { claimId }),
    findEvidence(db, { targetClaimId: claimId }),
  ]);
  return {
    outgoing: outgoing.map((row) => toEvidenceWire(row, "outgoing")),
    incoming: incoming.map((row) => toEvidenceWire(row, "incoming")),
  };
}
export type EvidenceList = Awaited<ReturnType<typeof listEvidence>>;
