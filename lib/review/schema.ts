/**
 * Wire schemas of the review workflow, shared by the route handlers, the queue UI and tests.
 */
import { z } from "zod";
import { claimSelect } from "@/lib/claims/schema";
import { storableText, versionNumber } from "@/lib/http/wire-rules";

const reviewDecisions = ["approve", "reject", "request_changes"] as const;
export const ReviewDecisionKind = z.enum(reviewDecisions, { error: `must be one of ${reviewDecisions.join(", ")}` });
export type ReviewDecisionKind = z.infer<typeof ReviewDecisionKind>;

/** Longest review comment or reopen reason (characters, after trimming). */
const REVIEW_COMMENT_MAX = 5000;

const version = versionNumber(
  z.number({
    error: (iss) => (iss.input === undefined ? "is required: send the version you last read" : "must be a number"),
  }),
);

const comment = storableText(z.string({ error: "must be a string" }))
  .trim()
  .max(REVIEW_COMMENT_MAX, `must be at most ${REVIEW_COMMENT_MAX} characters`);

/** Body of `POST /api/claims/{id}/submit`. */
export const SubmitClaimInput = z.object({ version });
export type SubmitClaimInput = z.infer<typeof SubmitClaimInput>;

/** Decisions that send the claim back and so must say why. */
export const decisionsNeedingComment: readonly ReviewDecisionKind[] = ["reject", "request_changes"];

/** Body of `POST /api/claims/{id}/review`; reject and request_changes need a comment (422 otherwise). */
export const ReviewClaimInput = z
  .object({ decision: ReviewDecisionKind, comment: comment.nullish(), version })
  .superRefine((input, ctx) => {
    if (decisionsNeedingComment.includes(input.decision) && !input.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: `is required to ${input.decision === "reject" ? "reject" : "request changes"}: say what is wrong`,
      });
    }
  });
export type ReviewClaimInput = z.input<typeof ReviewClaimInput>;
export type ReviewClaimData = z.output<typeof ReviewClaimInput>;

/** Body of `POST /api/claims/{id}/reopen`. */
export const ReopenClaimInput = z.object({
  reason: comment.min(1, "is required: say why the decision is being reopened"),
  version,
});
export type ReopenClaimInput = z.infer<typeof ReopenClaimInput>;

/** The claim as the workflow endpoints return it: the usual claim plus its review fields. */
export const reviewClaimSelect = {
  ...claimSelect,
  submittedAt: true,
  approvedAt: true,
  reviewer: { select: { id: true, name: true } },
} as const;

/** A decision as the API returns it. */
export const decisionSelect = {
  id: true,
  decision: true,
  comment: true,
  createdAt: true,
  reviewer: { select: { id: true, name: true } },
} as const;

/** An empty query parameter (`?kind=`) means "no filter", not an invalid value. */
const blankAsMissing = (v: unknown) => (v === "" ? undefined : v);
const queryId = z.preprocess(blankAsMissing, z.string().trim().max(100, "must be at most 100 characters").optional());

/** Filters of the reviewer queue (`/review?articleId=&kind=&authorId=`). */
export const ReviewQueueQuery = z.object({
  articleId: queryId,
  kind: queryId,
  authorId: queryId,
  /** The claim to open first (a link from the dashboard or the log). */
  claim: queryId,
});
export type ReviewQueueQuery = z.input<typeof ReviewQueueQuery>;
