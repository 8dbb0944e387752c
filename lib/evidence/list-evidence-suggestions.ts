import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimsVisibleAnywhere } from "@/lib/projects/claim-scope";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { claimDate } from "./claim-date";
import { claimSummarySelect } from "./schema";
import { scoreSuggestion, SUGGESTION_THRESHOLD } from "./suggestion-score";

/** How many candidates are scored: the newest of the same kind or of a comparable value. */
const CANDIDATE_POOL = 500;

/**
 * Claims that may be evidence for a claim, best first, each with a score in [0, 1] and the
 * reasons for it; claims already linked to it (either way) are left out. Runs on what the
 * database holds, no network: candidates share the kind or a value within a factor of ten.
 * 404 unless the caller may see the claim; candidates are only claims the caller may see.
 */
export async function listEvidenceSuggestions({
  db,
  actor,
  claimId,
  limit = 10,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  claimId: string;
  limit?: number;
}) {
  await visibleClaim({ db, actor, claimId });
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      kind: true,
      exact: true,
      unit: true,
      value: true,
      timeRef: true,
      article: { select: { publishedAt: true } },
    },
  });
  if (!claim) throw AppError.notFound(`Claim ${claimId}`);

  const linked = await db.evidence.findMany({
    where: { OR: [{ claimId }, { targetClaimId: claimId }] },
    select: { claimId: true, targetClaimId: true },
  });
  const exclude = new Set([claimId, ...linked.flatMap((l) => [l.claimId, l.targetClaimId ?? claimId])]);
  const comparableValue =
    claim.value !== null && claim.value > 0 ? [{ value: { gte: claim.value / 10, lte: claim.value * 10 } }] : [];
  const candidates = await db.claim.findMany({
    where: {
      AND: [await claimsVisibleAnywhere(db, actor)],
      id: { notIn: [...exclude] },
      OR: [{ kind: claim.kind }, ...comparableValue],
    },
    select: { ...claimSummarySelect, unit: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: CANDIDATE_POOL,
  });

  const mine = { ...claim, date: claimDate(claim, claim.article)?.date ?? null };
  return {
    items: candidates
      .map((candidate) => ({
        claim: candidate,
        ...scoreSuggestion(mine, { ...candidate, date: claimDate(candidate, candidate.article)?.date ?? null }),
      }))
      .filter((s) => s.score >= SUGGESTION_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id))
      .slice(0, limit),
  };
}
