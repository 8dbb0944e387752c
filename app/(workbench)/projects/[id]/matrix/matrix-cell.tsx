"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { matrixCellAction } from "../queue-actions";

const STATE_TEXT: Record<string, string> = {
  assigned: "Assigned",
  in_progress: "In progress",
  submitted: "Done",
  returned: "Returned",
};

export interface CellTarget {
  projectId: string;
  articleId: string;
  articleTitle: string;
  annotator: { userId: string; name: string };
  others: { userId: string; name: string }[];
  cell: { id: string; state: string; returnReason: string | null } | null;
  /** Managers act; reviewers only look. */
  manage: boolean;
  /** The article has all its annotators (an empty cell cannot be assigned). */
  full: boolean;
}

/**
 * One cell of the matrix: the state of one annotator's assignment of one article, and what a
 * manager can do with it by click — assign, return to the pool, or move to another annotator.
 */
export function MatrixCell(t: CellTarget) {
  const [state, action, pending] = useActionState(matrixCellAction, IDLE);
  const hidden = (op: string, extra: Record<string, string> = {}) => (
    <>
      <input type="hidden" name="projectId" value={t.projectId} />
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="articleId" value={t.articleId} />
      <input type="hidden" name="annotatorId" value={extra.annotatorId ?? t.annotator.userId} />
      <input type="hidden" name="assignmentId" value={t.cell?.id ?? ""} />
    </>
  );
  const who = `${t.articleTitle} for ${t.annotator.name}`;
  const error =
    state.status === "error" ? (
      <span role="alert" className="matrix-cell__error">
        {state.message}
      </span>
    ) : null;
  const label = t.cell ? (
    <span
      className={`state-badge state-badge--${t.cell.state}`}
      title={t.cell.returnReason ? `Returned (${t.cell.returnReason})` : undefined}
    >
      {STATE_TEXT[t.cell.state] ?? t.cell.state}
    </span>
  ) : null;
  if (!t.manage) return label ?? <span className="muted">—</span>;
  if (!t.cell || t.cell.state === "returned") {
    return (
      <div className="matrix-cell">
        {label}
        {t.full && !t.cell ? (
          <span className="muted" aria-label="No free slot">
            —
          </span>
        ) : (
          <form action={action}>
            {hidden("assign")}
            <button
              type="submit"
              className="matrix-cell__button"
              disabled={pending || t.full}
              aria-label={`Assign ${who}`}
            >
              Assign
            </button>
          </form>
        )}
        {error}
      </div>
    );
  }
  if (t.cell.state === "submitted") return label;
  return (
    <div className="matrix-cell">
      <details className="matrix-cell__menu">
        <summary aria-label={`${STATE_TEXT[t.cell.state]}: change ${who}`}>{label}</summary>
        <div className="matrix-cell__popover">
          <form action={action}>
            {hidden("return")}
            <button type="submit" className="button button--secondary button--small" disabled={pending}>
              Return to the pool
            </button>
          </form>
          {t.others.length ? (
            <form action={action} className="matrix-cell__move">
              {hidden("reassign", {})}
              <label htmlFor={`move-${t.cell.id}`} className="visually-hidden">
                Move to
              </label>
              <select id={`move-${t.cell.id}`} name="annotatorId" className="select select--small" defaultValue="">
                <option value="" disabled>
                  Move to…
                </option>
                {t.others.map((o) => (
                  <option key={o.userId} value={o.userId}>
                    {o.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--secondary button--small" disabled={pending}>
                Move
              </button>
            </form>
          ) : null}
        </div>
      </details>
      {error}
    </div>
  );
}
