"use client";

import type { DecisionProblem } from "./use-review-decision";

/** Why a decision was not saved, with what can be done about it: drop the claim, or load its new version. */
export function QueueProblem({
  problem,
  onDrop,
  onReload,
}: {
  problem: DecisionProblem;
  onDrop: () => void;
  onReload: () => void;
}) {
  return (
    <div className={problem.kind === "changed" ? "alert alert--warning" : "alert"} role="alert">
      <p>{problem.message}</p>
      {problem.changes && problem.changes.length > 0 ? <p>Changed: {problem.changes.join(", ")}.</p> : null}
      <div className="alert__actions">
        {problem.kind === "decided" ? (
          <button type="button" className="button button--small button--secondary" onClick={onDrop}>
            Remove from the queue
          </button>
        ) : null}
        {problem.kind === "changed" ? (
          <button type="button" className="button button--small button--secondary" onClick={onReload}>
            Load the new version
          </button>
        ) : null}
      </div>
    </div>
  );
}
