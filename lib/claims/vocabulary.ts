import { z } from "zod";

/** Kinds of claim an annotator can tag (wire values). */
export const claimKinds = ["casualty", "quantity", "event", "quote", "attribution", "other"] as const;
export const ClaimKind = z.enum(claimKinds);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** How a stated figure relates to its normalized value (wire values). */
export const qualifiers = ["exact", "about", "at_least", "more_than", "up_to", "range"] as const;
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

/** Lifecycle of a claim (wire values). */
export const claimStatuses = ["draft", "submitted", "approved", "rejected", "changes_requested"] as const;
export const ClaimStatus = z.enum(claimStatuses);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * How an evidence link bears on the claim it starts from (wire values): the linked claim or
 * source supports it, refutes it, partly does both, or only gives context.
 */
export const stances = ["supports", "refutes", "mixed", "context"] as const;
export const Stance = z.enum(stances);
export type Stance = z.infer<typeof Stance>;

/** An annotator's verdict on a claim (wire values; the AVeriTeC labels). */
export const verdicts = ["supported", "refuted", "conflicting", "not_enough_evidence"] as const;
export const Verdict = z.enum(verdicts);
export type Verdict = z.infer<typeof Verdict>;
