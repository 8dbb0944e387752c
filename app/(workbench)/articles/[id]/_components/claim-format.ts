/**
 * Words for the claim vocabulary, shared by the legend, tooltip, forms and panel.
 *
 * Types come from `lib/claims/wire-values` (the vocabulary without zod, which would otherwise
 * land in the reader's bundle). The label records below are typed `Record<ClaimKind, …>`, so a
 * kind added to the vocabulary fails type-checking here until it has a label, which keeps the
 * lists in step.
 */
import type { ClaimKind, ClaimStatus, Qualifier } from "@/lib/claims/wire-values";
import type { Claim, ClaimFields } from "./claim-types";

export const KIND_LABELS: Record<ClaimKind, string> = {
  casualty: "Casualty",
  quantity: "Quantity",
  event: "Event",
  quote: "Quote",
  attribution: "Attribution",
  other: "Other",
};

/** The keys of a label record, in its (vocabulary) order. */
const keysOf = <K extends string>(record: Record<K, unknown>): K[] => Object.keys(record) as K[];

/** Kinds in shortcut order (the vocabulary's): key 1 is casualty … key 6 other. */
export const KINDS_IN_ORDER: readonly ClaimKind[] = keysOf(KIND_LABELS);

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exactly",
  about: "about",
  at_least: "at least",
  more_than: "more than",
  up_to: "up to",
  range: "between",
};

/** Qualifiers in the vocabulary's order, for the select. */
export const QUALIFIERS_IN_ORDER: readonly Qualifier[] = keysOf(QUALIFIER_LABELS);

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
};

// Made on first use: the browser's first Intl formatter loads locale data (≈20 ms), which
// would otherwise delay every reader page while its script starts.
let numberFormat: Intl.NumberFormat | undefined;
const numbers = {
  format: (n: number) => (numberFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 })).format(n),
};

/** "more than 30,000 people dead", "between 10 and 20 km", or null when there is no figure. */
export function figureText(c: Pick<Claim, "value" | "qualifier" | "valueMax" | "unit">): string | null {
  if (c.value === null) return c.unit;
  const value =
    c.qualifier === "range" && c.valueMax !== null
      ? `between ${numbers.format(c.value)} and ${numbers.format(c.valueMax)}`
      : `${c.qualifier && c.qualifier !== "exact" ? `${QUALIFIER_LABELS[c.qualifier]} ` : ""}${numbers.format(c.value)}`;
  return c.unit ? `${value} ${c.unit}` : value;
}

/** A claim's editable attributes as the forms hold them. */
export function claimToFields(
  c: Pick<Claim, "kind" | "value" | "qualifier" | "valueMax" | "unit" | "timeRef" | "attributedTo" | "note">,
): ClaimFields {
  return {
    kind: c.kind,
    value: c.value,
    qualifier: c.qualifier,
    valueMax: c.valueMax,
    unit: c.unit ?? "",
    timeRef: c.timeRef ?? "",
    attributedTo: c.attributedTo ?? "",
    note: c.note ?? "",
  };
}

/** Labels of the editable fields, for messages about them. */
export const FIELD_LABELS: Record<keyof ClaimFields, string> = {
  kind: "Kind",
  value: "Value",
  qualifier: "Qualifier",
  valueMax: "Upper value",
  unit: "Unit",
  timeRef: "Time reference",
  attributedTo: "Attributed to",
  note: "Note",
};
