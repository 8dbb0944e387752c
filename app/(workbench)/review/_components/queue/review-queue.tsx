"use client";

import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ComparedFields } from "../review-api";
import { DecisionPanel } from "./decision-panel";
import { QueueList } from "./queue-list";
import { useReportDecided } from "./queue-count";
import { QueueProblem } from "./queue-problem";
import { StatementEditor } from "./statement-editor";
import { useQueueCursor } from "./use-queue-cursor";
import { useQueueKeys } from "./use-queue-keys";
import { useReviewDecision } from "./use-review-decision";

/** One queue row as the server hands it over (labels and times already formatted there). */
export interface QueueEntry {
  id: string;
  version: number;
  exact: string;
  kindLabel: string;
  articleTitle: string;
  authorName: string;
  waiting: string;
  /** The attributes the reviewer sees, to say what changed when a 409 brings a newer claim. */
  fields: ComparedFields;
}

/**
 * The reviewer queue: the list on the left, the current claim on the right, and the keyboard:
 * j/k next/previous, a approve, r reject, c request changes (comment box focused). Decisions go
 * through the API with the version the page was rendered with; a 409 says whether someone else
 * decided or the claim changed, and what changed, and keeps the comment for a second try.
 */
export function ReviewQueue({
  entries,
  details,
  initialId,
}: {
  entries: QueueEntry[];
  details: Record<string, ReactNode>;
  initialId?: string;
}) {
  const router = useRouter();
  // An undone decision or a saved statement leaves its claim at a newer version, which the next
  // decision must send; a saved statement is also what a later 409 compares with.
  const [patches, setPatches] = useState<Record<string, { version: number; statement?: string | null }>>({});
  const shown = useMemo(
    () =>
      entries.map((e) => {
        const patch = patches[e.id];
        if (!patch) return e;
        const fields = "statement" in patch ? { ...e.fields, statement: patch.statement } : e.fields;
        return { ...e, version: patch.version, fields };
      }),
    [entries, patches],
  );
  const cursor = useQueueCursor(shown, initialId);
  const { pending, current, position } = cursor;
  // The header's count follows the decisions made here (a dropped or undone entry included).
  const reportDecided = useReportDecided();
  const decidedHere = shown.length - pending.length;
  useEffect(() => reportDecided(decidedHere), [reportDecided, decidedHere]);
  const decision = useReviewDecision({
    current,
    remaining: pending.length,
    onDecided: cursor.drop,
    onUndone: (id, version) => {
      setPatches((prev) => ({ ...prev, [id]: { ...prev[id], version } }));
      cursor.restore(id);
    },
  });
  const { problem, announcement, undoable } = decision;
  const undoButton = undoable ? (
    <button
      type="button"
      className="button button--small button--secondary queue-undo"
      aria-keyshortcuts="u"
      onClick={() => void decision.undo()}
    >
      Undo <kbd>u</kbd>
    </button>
  ) : null;
  useQueueKeys({
    active: current !== null,
    move: cursor.move,
    decide: decision.decide,
    openCompose: decision.openCompose,
    composeBlocked: decision.blocked || decision.busy,
    undo: undoable ? () => void decision.undo() : null,
  });

  if (!current) {
    return (
      <>
        {/* Focus lands here when the last decision empties the queue (the buttons it was on are gone). */}
        <p className="notice" role="status" tabIndex={-1} ref={(node) => void (announcement && node?.focus())}>
          {announcement ? `${announcement} ` : ""}The queue is empty: nothing is waiting for your review.
        </p>
        {undoButton}
      </>
    );
  }

  return (
    <>
      {/* One live region, there from the start: each decision is said once. */}
      <p className={announcement ? "notice queue-announcement" : "visually-hidden"} role="status">
        {announcement}
      </p>
      {/* Undo sits outside the live region, so the announcement is said without it. */}
      {undoButton}
      <div className="review-layout">
        <QueueList
          entries={pending}
          currentId={current.id}
          itemRef={cursor.itemRef}
          onSelect={cursor.select}
          onMove={cursor.move}
        />

        <section className="queue-detail card" aria-labelledby="queue-detail-heading">
          <div className="queue-detail__header">
            <h2 id="queue-detail-heading" className="queue-detail__quote">
              “{current.exact}”
            </h2>
            <span className="muted queue-detail__position">
              {position + 1} of {pending.length}
            </span>
          </div>

          {problem && problem.id === current.id ? (
            <QueueProblem
              problem={problem}
              onDrop={() => cursor.drop(problem.id)}
              onReload={() => {
                decision.clearProblem();
                router.refresh();
              }}
            />
          ) : null}

          <DecisionPanel
            disabled={decision.blocked}
            busy={decision.busy}
            compose={decision.compose}
            composeKey={decision.composeKey}
            comment={decision.comment}
            onComment={decision.setComment}
            onDecide={(d) => void decision.decide(d)}
            onCompose={decision.openCompose}
            onCancel={decision.cancelCompose}
          />
          <StatementEditor
            // Not the bare id: the detail beside it has that key.
            key={`statement-${current.id}`}
            claimId={current.id}
            version={current.version}
            statement={typeof current.fields.statement === "string" ? current.fields.statement : null}
            onSaved={(version, statement) => setPatches((prev) => ({ ...prev, [current.id]: { version, statement } }))}
          />
          {details[current.id]}
        </section>
      </div>
    </>
  );
}
