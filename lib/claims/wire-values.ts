/**
 * The claim vocabulary's wire values as plain constants and type guards, without zod: what
 * browser code imports (a client component that imported the zod enums in `./vocabulary`
 * would carry zod into the page's bundle). Server code and schemas use `./vocabulary`, which
 * builds its enums from these lists.
 */

/** Kinds of claim an annotator can tag (wire values). */
export const claimKinds = ["casualty", "quantity", "event", "quote", "attribution", "other"] as const;
export type ClaimKind = (typeof claimKinds)[number];

/** How a stated figure relates to its normalized value (wire values). */
export const qualifiers = ["exact", "about", "at_least", "more_than", "up_to", "range"] as const;
export type Qualifier = (typeof qualifiers)[number];

/** Lifecycle of a claim (wire values). */
export const claimStatuses = ["draft", "submitted", "approved", "rejected", "changes_requested"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/**
 * How an evidence link bears on the claim it starts from (wire values): the linked claim or
 * source supports it, refutes it, partly does both, or only gives context.
 */
export const stances = ["supports", "refutes", "mixed", "context"] as const;
export type Stance = (typeof stances)[number];

/** Whom `attributedTo` names, as the annotator says (wire values): ClaimReview's Person or Organization. */
export const authorTypes = ["person", "organisation"] as const;
export type AuthorType = (typeof authorTypes)[number];

/** An annotator's verdict on a claim (wire values; the AVeriTeC labels). */
export const verdicts = ["supported", "refuted", "conflicting", "not_enough_evidence"] as const;
export type Verdict = (typeof verdicts)[number];

/** A type guard for membership of one of the lists above. */
function oneOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  const set = new Set<unknown>(values);
  return (value: unknown): value is T => set.has(value);
}

export const isClaimKind = oneOf(claimKinds);
export const isQualifier = oneOf(qualifiers);
export const isClaimStatus = oneOf(claimStatuses);
export const isStance = oneOf(stances);
export const isVerdict = oneOf(verdicts);
