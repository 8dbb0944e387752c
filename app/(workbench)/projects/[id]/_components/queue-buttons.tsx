"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/http/action-state";
import { nextArticleAction, submitAssignmentAction } from "../queue-actions";

/** "Next article": resumes the open assignment or takes the next one by the project's rules. */
export function NextArticleButton({ projectId, resumes }: { projectId: string; resumes: boolean }) {
  const [state, action, pending] = useActionState(nextArticleAction, IDLE);
  return (
    <form action={action} className="next-article">
      <input type="hidden" name="projectId" value={projectId} />
      <button type="submit" className="button next-article__button" disabled={pending} aria-busy={pending}>
        Next article
      </button>
      <p className="muted next-article__hint">
        {resumes ? "Opens the article you have open first." : "Takes the next article waiting for you."}
      </p>
      {state.status === "empty" ? (
        <p role="status" className="notice form-message">
          {state.message}
        </p>
      ) : null}
      {state.status === "error" ? (
        <p role="alert" className="alert form-message">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function SubmitAssignmentButton({
  projectId,
  assignmentId,
  claims,
}: {
  projectId: string;
  assignmentId: string;
  claims: number;
}) {
  const [state, action, pending] = useActionState(submitAssignmentAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {state.status === "error" ? (
        <div role="alert" className="alert form-message">
          {state.message}
        </div>
      ) : null}
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        Submit {claims === 1 ? "1 claim" : `${claims} claims`}
      </button>
    </form>
  );
}
