/**
 * The review workflow's wire shape: a claim as the submit, review and reopen endpoints return it
 * (and as a 409 carries it in `current`). Types only, shared by the server and the review queue.
 */
import type { ClaimWire } from "@/lib/claims/wire";

/** The usual claim plus its review fields (`reviewClaimSelect`). */
export interface ReviewClaimWire extends ClaimWire {
  submittedAt: string | null;
  approvedAt: string | null;
  reviewer: { id: string; name: string } | null;
}
