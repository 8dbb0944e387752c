import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { reviewClaimSelect } from "./schema";

/** The claim as a workflow response (or a 409's `current`) carries it. */
export async function readReviewClaim(tx: Pick<Db, "claim">, id: string) {
  return tx.claim.findUniqueOrThrow({ where: { id }, select: reviewClaimSelect });
}

/**
 * Throws 409 with the claim as it is now, read after the failed write so the caller sees the
 * winner's result (PostgreSQL reads each statement from a fresh snapshot under READ COMMITTED).
 */
export async function throwConflict(tx: Pick<Db, "claim">, id: string, message: string): Promise<never> {
  const current = await tx.claim.findUnique({ where: { id }, select: reviewClaimSelect });
  if (!current) throw AppError.notFound(`Claim ${id}`);
  throw new AppError("conflict", message, undefined, { current });
}
