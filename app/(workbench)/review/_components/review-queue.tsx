"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { changedFields } from "@/lib/audit/diff-snapshots";
import { DecisionPanel, type ComposeDecision } from "./decision-panel";
import { postDecision, type ClaimFields, type Decision } from "./review-api";

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
  fields: ClaimFields;
}

interface Problem {
  id: string;
  kind: "decided" | "changed" | "error";
  message: string;
  changes?: string[];
}

const doneWords: Record<Decision, string> = {
  approve: "Approved",
  reject: "Rejected",
  request_changes: "Sent back for changes",
};
const statusWords: Record<string, string> = {
  approved: "approved",
  rejected: "rejected",
  changes_requested: "sent back for changes",
  draft: "a draft again",
  submitted: "waiting for review",
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

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
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const pending = useMemo(() => entries.filter((e) => !removed.has(e.id)), [entries, removed]);
  const [currentId, setCurrentId] = useState<string | null>(() =>
    entries.some((e) => e.id === initialId) ? (initialId ?? null) : (entries[0]?.id ?? null),
  );
  const [compose, setCompose] = useState<ComposeDecision | null>(null);
  // Bumped on every request to open the comment box, so a second "r" refocuses it.
  const [composeKey, setComposeKey] = useState(0);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const itemRefs = useRef(new Map<string, HTMLButtonElement>());
  const moved = useRef(false);

  const index = pending.findIndex((e) => e.id === currentId);
  const current = index === -1 ? (pending[0] ?? null) : pending[index];
  const position = index === -1 ? 0 : index;
  const blocked = problem?.id === current?.id && problem?.kind === "decided";

  useEffect(() => {
    if (!moved.current || !current) return;
    const button = itemRefs.current.get(current.id);
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: "nearest" });
  }, [current]);

  function select(id: string) {
    if (id === current?.id) return;
    moved.current = true;
    setCurrentId(id);
    setCompose(null);
    setComment("");
    setProblem(null);
  }

  function openCompose(decision: ComposeDecision) {
    setCompose(decision);
    setComposeKey((k) => k + 1);
  }

  function move(step: number) {
    const next = pending[Math.min(pending.length - 1, Math.max(0, position + step))];
    if (next) select(next.id);
  }

  function drop(id: string) {
    const at = pending.findIndex((e) => e.id === id);
    const next = pending[at + 1] ?? pending[at - 1];
    setRemoved((prev) => new Set(prev).add(id));
    setCurrentId(next?.id ?? null);
    setCompose(null);
    setComment("");
    setProblem(null);
  }

  async function decide(decision: Decision) {
    if (!current || busy || blocked) return;
    const text = comment.trim();
    if (decision !== "approve" && !text) {
      openCompose(decision);
      return;
    }
    setBusy(true);
    const result = await postDecision(current.id, {
      decision,
      comment: decision === "approve" ? undefined : text,
      version: current.version,
    });
    setBusy(false);
    if (result.ok) {
      setAnnouncement(`${doneWords[decision]}: “${short(current.exact)}”. ${pending.length - 1} left in the queue.`);
      drop(current.id);
      return;
    }
    if (result.status === 409 && result.current && result.current.status !== "submitted") {
      const by = result.current.reviewer ? ` by ${result.current.reviewer.name}` : "";
      const message = `Someone else decided first: this claim is now ${statusWords[result.current.status] ?? result.current.status}${by}. Your decision was not saved.`;
      setProblem({ id: current.id, kind: "decided", message });
    } else if (result.status === 409 && result.current) {
      const changes = changedFields(
        current.fields,
        Object.fromEntries(Object.keys(current.fields).map((k) => [k, result.current?.[k]])),
      );
      setProblem({
        id: current.id,
        kind: "changed",
        message:
          "This claim changed since the queue was loaded. Load the new version, check it, then decide again; your comment is kept.",
        changes,
      });
    } else {
      setProblem({ id: current.id, kind: "error", message: result.message });
    }
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => void decide("approve"),
        r: () => openCompose("reject"),
        c: () => openCompose("request_changes"),
      };
      const action = actions[event.key];
      if (!action || !current) return;
      // The key must not also type a letter into the comment box it opens.
      event.preventDefault();
      if ((event.key === "r" || event.key === "c") && (blocked || busy)) return;
      action();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (!current) {
    return (
      <>
        <p className="notice" role="status">
          {announcement ? `${announcement} ` : ""}The queue is empty: nothing is waiting for your review.
        </p>
      </>
    );
  }

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {announcement ? (
        <p className="notice queue-announcement" role="status">
          {announcement}
        </p>
      ) : null}
      <div className="review-layout">
        <nav className="queue-list card" aria-label="Claims waiting for review">
          <ol>
            {pending.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="queue-item"
                  aria-current={entry.id === current.id ? "true" : undefined}
                  ref={(node) => {
                    if (node) itemRefs.current.set(entry.id, node);
                    else itemRefs.current.delete(entry.id);
                  }}
                  onClick={() => select(entry.id)}
                >
                  <span className="queue-item__quote">“{entry.exact}”</span>
                  <span className="queue-item__meta">
                    {entry.kindLabel} · {entry.articleTitle}
                  </span>
                  <span className="queue-item__meta">
                    {entry.authorName} · waiting {entry.waiting}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </nav>

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
            <div className={problem.kind === "changed" ? "alert alert--warning" : "alert"} role="alert">
              <p>{problem.message}</p>
              {problem.changes && problem.changes.length > 0 ? <p>Changed: {problem.changes.join(", ")}.</p> : null}
              <div className="alert__actions">
                {problem.kind === "decided" ? (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => drop(problem.id)}
                  >
                    Remove from the queue
                  </button>
                ) : null}
                {problem.kind === "changed" ? (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => {
                      setProblem(null);
                      router.refresh();
                    }}
                  >
                    Load the new version
                  </button>
                ) : null}
              </div>
            </div>
          ) : null}

          <DecisionPanel
            disabled={blocked}
            busy={busy}
            compose={compose}
            composeKey={composeKey}
            comment={comment}
            onComment={setComment}
            onDecide={(d) => void decide(d)}
            onCompose={openCompose}
            onCancel={() => setCompose(null)}
          />
          {details[current.id]}
        </section>
      </div>
    </>
  );
}
