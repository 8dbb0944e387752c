/**
 * The review state machine, pure so the UI can ask the same questions the API enforces.
 *
 *   draft ──submit──► submitted ──approve──► approved ──reopen──► changes_requested
 *   changes_requested ──submit──┘      ├──reject──► rejected ──reopen──┘
 *                                      └──request_changes──► changes_requested
 *
 * Reopening sends a claim back to its author (changes_requested) rather than straight into the
 * queue: whatever prompted the reopen is for the author to fix or confirm, and the next approval
 * is again a second person's look at what the author resubmits.
 */
import type { Actor } from "@/lib/auth/permissions";
import { editableStatuses } from "@/lib/claims/claim-access";
import type { ClaimStatus } from "@/lib/claims/vocabulary";
import type { ReviewDecisionKind } from "./schema";

/** The status each decision leads to. */
export const statusAfterDecision: Record<ReviewDecisionKind, ClaimStatus> = {
  approve: "approved",
  reject: "rejected",
  request_changes: "changes_requested",
};

/** Statuses from which the author (or an admin) may submit: the editable ones. */
export const submittableStatuses = editableStatuses;

/** Statuses a reviewer may reopen: the decided ones. */
export const reopenableStatuses = ["approved", "rejected"] as const satisfies readonly ClaimStatus[];

/** Where a reopened claim goes. */
export const REOPENED_STATUS: ClaimStatus = "changes_requested";

export type WorkflowProblem = { code: "forbidden" | "conflict"; message: string };

const isIn = (list: readonly string[], status: string) => list.includes(status);

/** Why `actor` may not submit this claim, or null. Only the author (or an admin) submits. */
export function submitProblem({
  actor,
  claim,
}: {
  actor: Pick<Actor, "id" | "role">;
  claim: { authorId: string; status: string };
}): WorkflowProblem | null {
  if (claim.authorId !== actor.id && actor.role !== "admin")
    return { code: "forbidden", message: "Only the claim's author or an admin may submit it" };
  if (!isIn(submittableStatuses, claim.status)) {
    return {
      code: "conflict",
      message: `The claim is "${claim.status}"; only ${submittableStatuses.join(" or ")} claims can be submitted`,
    };
  }
  return null;
}

/**
 * Why `actor` may not decide on this claim, or null. The permission (claims.review) is checked
 * by the route; this is the four-eyes rule and the status rule.
 */
export function decisionProblem({
  actor,
  claim,
}: {
  actor: Pick<Actor, "id">;
  claim: { authorId: string; status: string; coauthorIds?: string[] };
}): WorkflowProblem | null {
  if (claim.authorId === actor.id)
    return { code: "forbidden", message: "Four eyes: you cannot decide on a claim you wrote; another reviewer must" };
  if (claim.coauthorIds?.includes(actor.id))
    return {
      code: "forbidden",
      message:
        "Four eyes: you edited this claim, so you are its co-author and cannot decide on it; another reviewer must",
    };
  if (claim.status !== "submitted")
    return {
      code: "conflict",
      message: `The claim is "${claim.status}", not waiting for review; someone may have decided already`,
    };
  return null;
}

/** Why this claim cannot be reopened, or null (any reviewer may reopen, the author included: it never approves anything). */
export function reopenProblem({ claim }: { claim: { status: string } }): WorkflowProblem | null {
  if (!isIn(reopenableStatuses, claim.status)) {
    return {
      code: "conflict",
      message: `The claim is "${claim.status}"; only ${reopenableStatuses.join(" or ")} claims can be reopened`,
    };
  }
  return null;
}
