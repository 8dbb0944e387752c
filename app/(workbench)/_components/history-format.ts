/**
 * Words for the claim timeline: what an audit event did, and which fields an edit changed.
 * Pure, so the wording is tested without rendering.
 */
import { formatNumber } from "@/app/(workbench)/_components/format/figures";

const actionWords: Record<string, string> = {
  "claim.create": "created the claim",
  "claim.update": "edited the claim",
  "claim.delete": "deleted the claim",
  "claim.submit": "submitted it for review",
  "claim.approve": "approved it",
  "claim.reject": "rejected it",
  "claim.request_changes": "requested changes",
  "claim.reopen": "reopened it",
  "claim.undo_decision": "took back a decision",
  "claim.merge": "merged a duplicate into it",
  "claim.reanchor": "moved with its article's text",
  "claim.cluster_add": "put it into a cluster",
  "claim.cluster_remove": "took it out of its cluster",
  "evidence.link": "linked evidence",
  "evidence.unlink": "removed an evidence link",
};

/** "approved it", or the raw action for one this version does not know. */
export function describeAction(action: string, { resubmission = false } = {}): string {
  if (action === "claim.submit" && resubmission) return "resubmitted it for review";
  return actionWords[action] ?? action;
}

/** The tone of a timeline dot: decisions stand out, bookkeeping stays quiet. */
export function actionTone(action: string): "positive" | "negative" | "warning" | "info" | "neutral" {
  if (action === "claim.approve") return "positive";
  if (action === "claim.reject" || action === "claim.delete") return "negative";
  if (action === "claim.request_changes" || action === "claim.reopen") return "warning";
  if (action === "claim.submit") return "info";
  return "neutral";
}

const fieldLabels: Record<string, string> = {
  exact: "Quote",
  kind: "Kind",
  value: "Value",
  qualifier: "Qualifier",
  valueMax: "Upper bound",
  unit: "Unit",
  timeRef: "Time",
  attributedTo: "Attributed to",
  note: "Note",
  verdict: "Verdict",
  justification: "Justification",
  clusterId: "Cluster",
  anchorStatus: "Anchor",
};

// Workflow columns are told by the action itself ("approved it"); the span's context columns
// move with the quote and would only repeat it.
const quietFields = new Set([
  "status",
  "reviewerId",
  "approvedAt",
  "submittedAt",
  "prefix",
  "suffix",
  "start",
  "end",
  "decisionId",
  "comment",
  "reason",
  "createdAt",
  "authorId",
  "articleId",
  "id",
]);

const MAX_VALUE_CHARS = 90;

/** A stored value as a reader sees it: numbers grouped, blanks as an em dash, long text cut. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return formatNumber(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

/** The edits worth showing for one event, labelled and formatted, in a stable order. */
export function describeChanges(
  changes: readonly string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const shown = changes.filter((f) => !quietFields.has(f));
  const order = Object.keys(fieldLabels);
  shown.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return shown.map((field) => ({
    field,
    label: fieldLabels[field] ?? field,
    from: formatValue(before?.[field]),
    to: formatValue(after?.[field]),
  }));
}

/** The reviewer's comment or the reopen reason the event carries, if any. */
export function eventNote(after: Record<string, unknown> | null): string | null {
  const note = after?.comment ?? after?.reason;
  return typeof note === "string" && note.trim() ? note : null;
}
