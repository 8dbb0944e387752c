import { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";

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
  const parsed = ClaimKind.safeParse(kind);
  return parsed.success ? (
    <span className={`chip chip--kind chip--kind-${parsed.data}`}>{kindLabels[parsed.data]}</span>
  ) : (
    <span className="chip chip--kind">{kind}</span>
  );
}

export function StatusChip({ status }: { status: string }) {
  const parsed = ClaimStatus.safeParse(status);
  return parsed.success ? (
    <span className={`badge chip--status-${parsed.data}`}>{statusLabels[parsed.data]}</span>
  ) : (
    <span className="badge badge--neutral">{status}</span>
  );
}
