import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { claimsVisibleAnywhere } from "@/lib/projects/claim-scope";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { findEvidence, toEvidenceWire } from "./evidence-wire";

/**
 * Every evidence link touching a claim: `outgoing` (links that start at it: other claims and
 * external sources it cites) and `incoming` (links from other claims to it), oldest first.
 * 404 unless the caller may see the claim; a link whose other end is a claim the caller may not
 * see (another annotator's, blind) is left out.
 */
export async function listEvidence({
  db,
  actor,
  claimId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  claimId: string;
}) {
  await visibleClaim({ db, actor, claimId });
  const visible = await claimsVisibleAnywhere(db, actor);
  const [outgoing, incoming] = await Promise.all([
    findEvidence(db, { claimId, OR: [{ targetClaimId: null }, { targetClaim: visible }] }),
    findEvidence(db, { targetClaimId: claimId, claim: visible }),
  ]);
  return {
    outgoing: outgoing.map((row) => toEvidenceWire(row, "outgoing")),
    incoming: incoming.map((row) => toEvidenceWire(row, "incoming")),
  };
}
