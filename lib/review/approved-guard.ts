import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * Approved means reviewed. What an export says about an approved claim — its evidence, its
 * cluster, where it sits in the text — changes only by someone who may review (claims.review);
 * anyone else gets a 403 that says so, and may ask a reviewer or have the claim reopened first.
 * The reviewer's change is audited like any other (evidence.link, claim.cluster_add, …).
 */
export function assertMayChangeApproved(actor: Pick<Actor, "role">, claims: { status: string }[], what: string): void {
  if (!claims.some((c) => c.status === "approved") || can(actor, "claims.review")) return;
  throw new AppError(
    "forbidden",
    `${what} on an approved claim needs a reviewer (claims.review); ask one, or have the claim reopened first`,
  );
}
