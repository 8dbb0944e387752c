import { z } from "zod";
import { authorTypes, claimKinds, claimStatuses, qualifiers, stances, verdicts } from "./wire-values";

// The lists themselves live in `./wire-values` (no zod), for browser code; this module adds
// the zod enums that schemas and server code validate with.
export { claimKinds, claimStatuses, qualifiers, stances, verdicts } from "./wire-values";

/** Kinds of claim an annotator can tag (wire values). */
export const ClaimKind = z.enum(claimKinds);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** How a stated figure relates to its normalized value (wire values). */
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

/** Whom `attributedTo` names: a person or an organisation (wire values). */
export const AuthorType = z.enum(authorTypes);

/** Lifecycle of a claim (wire values). */
export const ClaimStatus = z.enum(claimStatuses);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * How an evidence link bears on the claim it starts from (wire values): the linked claim or
 * source supports it, refutes it, partly does both, or only gives context.
 */
export const Stance = z.enum(stances);
export type Stance = z.infer<typeof Stance>;

/** An annotator's verdict on a claim (wire values; the AVeriTeC labels). */
export const Verdict = z.enum(verdicts);
export type Verdict = z.infer<typeof Verdict>;
