/**
 * Words for the claim vocabulary, shared by every page that shows claims (tables, chips, filters,
 * the reader's legend, forms and panel, the queue, the dashboard).
 *
 * Types come from `lib/claims/wire-values` (the vocabulary without zod, which would otherwise land
 * in client bundles). The records are typed `Record<ClaimKind, …>`, so a kind added to the
 * vocabulary fails type-checking here until it has a label, which keeps the lists in step.
 */
import type { ClaimKind, ClaimStatus, Qualifier } from "@/lib/claims/wire-values";

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

/** How a qualifier reads before its figure ("more than 30,000"). */
export const qualifierLabels: Record<Qualifier, string> = {
  exact: "exactly",
  about: "about",
  at_least: "at least",
  more_than: "more than",
  up_to: "up to",
  range: "between",
};

/** The keys of a label record, in its (vocabulary) order. */
const keysOf = <K extends string>(record: Record<K, unknown>): K[] => Object.keys(record) as K[];

/** Kinds in the vocabulary's order, which is the tagging form's shortcut order: key 1 is casualty … key 6 other. */
export const kindsInOrder: readonly ClaimKind[] = keysOf(kindLabels);

/** Qualifiers in the vocabulary's order, for selects. */
export const qualifiersInOrder: readonly Qualifier[] = keysOf(qualifierLabels);

/** The label of a kind as stored (a plain string in the database): a value outside the vocabulary reads as it is. */
export function kindLabel(kind: string): string {
  return (kindLabels as Record<string, string | undefined>)[kind] ?? kind;
}

/** How a stored qualifier reads ("more than"); a value outside the vocabulary reads as it is. */
export function qualifierLabel(qualifier: string): string {
  return (qualifierLabels as Record<string, string | undefined>)[qualifier] ?? qualifier;
}
