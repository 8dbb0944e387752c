// The zod-free vocabulary: these chips are also drawn by client components.
import { isClaimKind, isClaimStatus } from "@/lib/claims/wire-values";
import { kindLabels, statusLabels } from "./claim-labels";

// Kind and status are plain strings in the database; a value outside the vocabulary (a
// hand-edited row) is shown as it is, in the neutral colour, instead of breaking the table.

/** A kind's chip; `label` names a kind of a project's own schema (else its key is shown). */
export function KindChip({ kind, label }: { kind: string; label?: string }) {
  return isClaimKind(kind) ? (
    <span className={`chip chip--kind chip--kind-${kind}`}>{label ?? kindLabels[kind]}</span>
  ) : (
    <span className="chip chip--kind">{label ?? kind}</span>
  );
}

export function StatusChip({ status }: { status: string }) {
  return isClaimStatus(status) ? (
    <span className={`badge chip--status-${status}`}>{statusLabels[status]}</span>
  ) : (
    <span className="badge badge--neutral">{status}</span>
  );
}
