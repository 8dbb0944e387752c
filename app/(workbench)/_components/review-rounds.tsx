import type { ReviewStep } from "@/lib/review/list-review-rounds";
import { formatDateTime } from "./format/dates";
import "./review-rounds.css";

/** A review step as the page passes it or the API sends it (dates as strings on the wire). */
export type ReviewStepView = ReviewStep extends infer S
  ? S extends ReviewStep
    ? Omit<S, "at"> & { at: Date | string }
    : never
  : never;

const decisionWords: Record<string, string> = {
  approve: "approved it",
  reject: "rejected it",
  request_changes: "sent it back for changes",
};

function stepWords(step: ReviewStepView): string {
  const who = step.by?.name ?? "Someone";
  if (step.type === "submitted") return `${who} submitted it for review`;
  if (step.type === "reopened") return `${who} reopened it and sent it back`;
  return `${who} ${decisionWords[step.decision] ?? step.decision}`;
}

/**
 * Why a claim came back and what was said before: when it is sent back, the last reviewer's
 * comment first, then every round (submissions, decisions with their comments, reopenings),
 * oldest first. Nothing when the claim was never submitted.
 */
export function ReviewRounds({ steps, status }: { steps: readonly ReviewStepView[]; status: string }) {
  if (steps.length === 0) return null;
  const lastWord = [...steps].reverse().find((s) => s.type !== "submitted");
  const comment = lastWord?.comment ?? null;
  return (
    <div className="review-rounds">
      {status === "changes_requested" && lastWord ? (
        <div className="review-rounds__sent-back" role="note" aria-label="Why it came back">
          <p className="review-rounds__lead">
            <strong>Sent back to you</strong> by {lastWord.by?.name ?? "a reviewer"} on{" "}
            {formatDateTime(new Date(lastWord.at))}
          </p>
          {comment ? (
            <blockquote className="review-rounds__comment">{comment}</blockquote>
          ) : (
            <p className="muted">No comment was given.</p>
          )}
          <p className="field__hint">Fix the claim, then submit it again for review.</p>
        </div>
      ) : null}
      <details className="review-rounds__history" open={status !== "changes_requested"}>
        <summary>Review history ({steps.filter((s) => s.type === "decided").length} decisions)</summary>
        <ol>
          {steps.map((step, i) => (
            <li key={i}>
              <span>{stepWords(step)}</span>{" "}
              <time className="muted" dateTime={new Date(step.at).toISOString()}>
                {formatDateTime(new Date(step.at))}
              </time>
              {step.type !== "submitted" && step.comment ? (
                <blockquote className="review-rounds__comment">{step.comment}</blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
