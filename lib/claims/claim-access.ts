import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ClaimStatus } from "./vocabulary";

/**
 * Statuses in which the author can still change or delete a claim. Once submitted, a claim
 * belongs to the review flow: it changes only through review decisions, so what a reviewer
 * looked at is what gets approved.
 */
export const editableStatuses = ["draft", "changes_requested"] as const satisfies readonly ClaimStatus[];

/** The 409 message when the caller's `version` is no longer the claim's. */
export const STALE_CLAIM_MESSAGE = "The claim was changed by someone else since you read it; reload and try again";

/** Why an actor may not modify a claim, or null when they may. */
export type ClaimAccessProblem = { code: "forbidden" | "conflict"; message: string };

/**
 * The one rule for editing and deleting claims: only the author (or an admin) may touch a
 * claim, and only while it is a draft or has changes requested. Pure, so the UI can use it to
 * decide which buttons to show.
 */
export function claimAccessProblem({
  actor,
  claim,
  action = "edit",
}: {
  actor: Pick<Actor, "id" | "role">;
  claim: { authorId: string; status: string };
  action?: "edit" | "delete";
}): ClaimAccessProblem | null {
  if (claim.authorId !== actor.id && actor.role !== "admin") {
    return { code: "forbidden", message: `Only the claim's author or an admin may ${action} this claim` };
  }
  if (!editableStatuses.some((s) => s === claim.status)) {
    return {
      code: "conflict",
      message: `The claim is locked in status "${claim.status}"; only ${editableStatuses.join(" or ")} claims can be ${action === "edit" ? "edited" : "deleted"}`,
    };
  }
  return null;
}

/**
 * Throws 403 (not the author or an admin) or 409 (locked status) per `claimAccessProblem`.
 * `details` travels with the error, e.g. `{ current: claim }` so the client can refresh.
 */
export function assertClaimAccess(
  options: Parameters<typeof claimAccessProblem>[0] & { details?: Record<string, unknown> },
): void {
  const problem = claimAccessProblem(options);
  if (problem)
    throw new AppError(
      problem.code,
      problem.message,
      undefined,
      problem.code === "conflict" ? options.details : undefined,
    );
}

/**
 * A reviewer's edit of a submitted claim's `statement`, from the review queue: the one change a
 * claim in the review flow takes besides a decision. The statement restates the quoted words as a
 * self-contained sentence (what the export's `claim` is); writing it well is part of reviewing, so
 * the reviewer may do it without sending the claim back, and what they then approve is what they
 * see. It leaves the annotator's judgement (span, kind, figure, verdict, evidence) as it is, so it
 * does not make the reviewer a co-author. Not on their own claims (four eyes), and only when
 * `statement` is the only attribute sent. The project's review permission is checked by the caller.
 */
export function isReviewerStatementEdit({
  actor,
  claim,
  input,
}: {
  actor: Pick<Actor, "id" | "role">;
  claim: { authorId: string; status: string };
  input: Record<string, unknown>;
}): boolean {
  if (claim.status !== "submitted" || claim.authorId === actor.id || !can(actor, "claims.review")) return false;
  const sent = Object.entries(input).filter(([key, value]) => key !== "version" && value !== undefined);
  return sent.length === 1 && sent[0]?.[0] === "statement";
}
