"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { reasonExplanation, reasonLabel } from "./reasons";
import { restoreBlock, type RestoreOutcome } from "./restore-api";
import { RestoreMessage } from "./restore-message";

export interface RemovedBlock {
  index: number;
  text: string;
  reason: string;
}

/** What the last restore did, with the block it was about (the block itself leaves the list). */
export type LastRestore = RestoreOutcome & { block: RemovedBlock };

/**
 * The removed blocks with a filter by reason and a Restore button each. Block texts come from
 * imported documents: they are rendered as text only, never as HTML.
 */
export function RemovedBlocks({
  articleId,
  version,
  blocks,
  canRestore,
}: {
  articleId: string;
  version: number;
  blocks: RemovedBlock[];
  canRestore: boolean;
}) {
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const [sending, setSending] = useState<number | null>(null);
  const [last, setLast] = useState<LastRestore | null>(null);
  // True until the refreshed list (and its new version) has arrived; a restore sent before
  // then would carry the old version and be refused as stale.
  const [refreshing, startRefresh] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const b of blocks) map.set(b.reason, (map.get(b.reason) ?? 0) + 1);
    return [...map.entries()].sort((a, b) => b[1] - a[1] || reasonLabel(a[0]).localeCompare(reasonLabel(b[0])));
  }, [blocks]);
  const shown = filter && counts.some(([r]) => r === filter) ? blocks.filter((b) => b.reason === filter) : blocks;

  async function restore(block: RemovedBlock) {
    setSending(block.index);
    const outcome = await restoreBlock(articleId, block.index, version);
    setSending(null);
    setLast({ ...outcome, block });
    // The clicked button is about to disappear with its block; focus goes to what happened.
    requestAnimationFrame(() => messageRef.current?.focus());
    if (outcome.kind !== "error") startRefresh(() => router.refresh());
  }

  const busy = sending !== null || refreshing;

  return (
    <>
      <div ref={messageRef} tabIndex={-1} role="status" className="restore-status">
        {last ? <RestoreMessage articleId={articleId} last={last} refreshing={refreshing} /> : null}
      </div>

      {counts.length > 1 ? (
        <div className="cleaning-filter">
          <label htmlFor="reason-filter" className="field__label">
            Show
          </label>
          <select
            id="reason-filter"
            className="select select--small"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          >
            <option value="">All reasons ({blocks.length})</option>
            {counts.map(([reason, n]) => (
              <option key={reason} value={reason}>
                {reasonLabel(reason)} ({n})
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {blocks.length === 0 ? (
        <div className="card empty-state">
          <p className="empty-state__title">Nothing is left out.</p>
          <p>
            Every block of the imported document is in the article’s text: cleaning removed none, or all have been
            restored.
          </p>
        </div>
      ) : shown.length === 0 ? (
        <p className="card empty-state">No removed blocks left with this reason.</p>
      ) : (
        <ol className="removed-list">
          {shown.map((block) => {
            const label = reasonLabel(block.reason);
            return (
              <li key={block.index} className="removed-block">
                <div className="removed-block__meta">
                  <span
                    className={`badge reason-badge reason-badge--${block.reason}`}
                    title={reasonExplanation(block.reason)}
                  >
                    {label}
                  </span>
                  <span className="removed-block__position">Block {block.index + 1}</span>
                </div>
                <p className="removed-block__text">{block.text}</p>
                {canRestore ? (
                  <div className="removed-block__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy}
                      aria-busy={sending === block.index || undefined}
                      onClick={() => void restore(block)}
                    >
                      {sending === block.index ? "Restoring…" : "Restore"}
                      <span className="visually-hidden">
                        {" "}
                        block {block.index + 1} ({label})
                      </span>
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {canRestore || blocks.length === 0 ? null : (
        <p className="muted cleaning-note">Restoring a block needs the articles.write permission.</p>
      )}
    </>
  );
}
