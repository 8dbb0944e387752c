import type { ReactNode } from "react";
import type { QueueItem } from "@/lib/review/list-review-queue";
import { kindLabel } from "@/app/(workbench)/_components/claim-labels";
import { ClaimContext } from "./claim-context";
import { ClaimHistory } from "./claim-history";
import type { QueueEntry } from "./queue/review-queue";
import { waitingFor } from "@/app/(workbench)/_components/format/dates";

/** The attributes a reviewer judges; a 409 names those that differ from what they saw. */
const judgedFields = [
  "exact",
  "kind",
  "value",
  "qualifier",
  "valueMax",
  "unit",
  "timeRef",
  "attributedTo",
  "statement",
  "note",
  "verdict",
  "justification",
] as const;

/**
 * Splits the loaded claims into what the client queue needs: small serialisable rows, and each
 * claim's detail (context and history) rendered here on the server.
 */
export function queueEntries(
  items: QueueItem[],
  now: Date,
): { entries: QueueEntry[]; details: Record<string, ReactNode> } {
  const entries = items.map((item) => {
    return {
      id: item.id,
      version: item.version,
      exact: item.exact,
      kindLabel: kindLabel(item.kind),
      articleTitle: item.article.title,
      authorName: item.author.name,
      waiting: waitingFor(item.submittedAt, now),
      fields: Object.fromEntries(judgedFields.map((f) => [f, item[f]])),
    };
  });
  const details = Object.fromEntries(
    items.map((item) => [
      item.id,
      <div key={item.id} className="queue-detail__body">
        {/* The queue shows the statement above, where the reviewer may edit it. */}
        <ClaimContext item={item} statement={false} />
        <details className="queue-detail__history" open>
          <summary>History</summary>
          <ClaimHistory claimId={item.id} heading={null} />
        </details>
      </div>,
    ]),
  );
  return { entries, details };
}
