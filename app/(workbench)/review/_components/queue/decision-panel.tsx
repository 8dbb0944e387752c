"use client";

import { useEffect, useRef } from "react";
import type { Decision } from "../review-api";

export type ComposeDecision = Exclude<Decision, "approve">;

const composeWords: Record<ComposeDecision, { label: string; send: string }> = {
  reject: { label: "Why reject this claim?", send: "Reject" },
  request_changes: { label: "What should the annotator change?", send: "Request changes" },
};

/**
 * The three decisions as buttons (with their keys), and the comment box that reject and
 * request-changes open: focused at once, Ctrl+Enter sends, Escape cancels.
 */
export function DecisionPanel({
  disabled,
  busy,
  compose,
  composeKey,
  comment,
  onComment,
  onDecide,
  onCompose,
  onCancel,
}: {
  disabled: boolean;
  busy: boolean;
  compose: ComposeDecision | null;
  /** Changes whenever the box is asked to open, even if it already is: it takes focus again. */
  composeKey: number;
  comment: string;
  onComment: (text: string) => void;
  onDecide: (decision: Decision) => void;
  onCompose: (decision: ComposeDecision) => void;
  onCancel: () => void;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  const changesButton = useRef<HTMLButtonElement>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  // Closing the comment box puts focus back on the button that opened it, not on the page.
  const cancel = () => {
    (compose === "reject" ? rejectButton : changesButton).current?.focus();
    onCancel();
  };
  useEffect(() => {
    if (compose) box.current?.focus();
  }, [compose, composeKey]);

  return (
    <div className="decision-panel">
      <div className="decision-bar" role="group" aria-label="Decision">
        <button
          type="button"
          className="button decision-bar__approve"
          disabled={disabled || busy}
          aria-keyshortcuts="a"
          onClick={() => onDecide("approve")}
        >
          Approve <kbd>a</kbd>
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || busy}
          aria-keyshortcuts="c"
          aria-pressed={compose === "request_changes"}
          ref={changesButton}
          onClick={() => onCompose("request_changes")}
        >
          Request changes <kbd>c</kbd>
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={disabled || busy}
          aria-keyshortcuts="r"
          aria-pressed={compose === "reject"}
          ref={rejectButton}
          onClick={() => onCompose("reject")}
        >
          Reject <kbd>r</kbd>
        </button>
        {busy ? (
          // Not a live region: the decision's outcome is said once, by the queue.
          <span className="muted">Saving…</span>
        ) : null}
      </div>
      {compose ? (
        <form
          className={`compose compose--${compose}`}
          onSubmit={(event) => {
            event.preventDefault();
            onDecide(compose);
          }}
        >
          <label className="field__label" htmlFor="review-comment">
            {composeWords[compose].label} <span className="muted">(required)</span>
          </label>
          <textarea
            id="review-comment"
            ref={box}
            className="input compose__box"
            rows={3}
            value={comment}
            required
            maxLength={5000}
            aria-describedby="review-comment-hint"
            onChange={(event) => onComment(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                cancel();
              } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                onDecide(compose);
              }
            }}
          />
          <p id="review-comment-hint" className="field__hint">
            The annotator sees this comment. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> sends, <kbd>Esc</kbd> cancels.
          </p>
          <div className="compose__actions">
            <button
              type="submit"
              className={compose === "reject" ? "button button--danger-solid" : "button"}
              disabled={busy || !comment.trim()}
            >
              {composeWords[compose].send}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
