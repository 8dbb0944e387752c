// The zod-free vocabulary: these chips are also drawn by client components.
import { isClaimKind, isClaimStatus, type ClaimKind, type ClaimStatus } from "@/lib/claims/wire-values";

export const kindLabels: Record<ClaimKind, string> = {
  casualty: "Casualty",
  quantity: "Quantity",
  event: "Event",
  quote: "Quote",
  attribution: "Attribution",
  other: "Other",
};

export const statusLabels: Record<ClaimStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
};

// Kind and status are plain strings in the database; a value outside the vocabulary (a
// hand-edited row) is shown as it is, in the neutral colour, instead of breaking the table.

export function KindChip({ kind }: { kind: string }) {
  return isClaimKind(kind) ? (
    <span className={`chip chip--kind chip--kind-${kind}`}>{kindLabels[kind]}</span>
  ) : (
    <span className="chip chip--kind">{kind}</span>
  );
}

export function StatusChip({ status }: { status: string }) {
  return isClaimStatus(status) ? (
    <span className={`badge chip--status-${status}`}>{statusLabels[status]}</span>
  ) : (
    <span className="badge badge--neutral">{status}</span>
  );
}
