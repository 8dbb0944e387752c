/**
 * The reader's claim types: the API's wire shapes (`lib/claims/wire.ts`), the form's fields and
 * who is reading.
 */
import type { AuthorType, Qualifier } from "@/lib/claims/wire-values";

/** A kind key of the project's schema (see `reader-schema.tsx`). */
type ClaimKind = string;

/** The claim and suggestion wire shapes are the server's own (`lib/claims/wire.ts`). */
export type { ClaimWire as Claim, SuggestionWire as Suggestion } from "@/lib/claims/wire";

/** The attributes an annotator fills in, as the forms hold them (blank text means none). */
export interface ClaimFields {
  kind: ClaimKind;
  value: number | null;
  qualifier: Qualifier | null;
  valueMax: number | null;
  unit: string;
  timeRef: string;
  attributedTo: string;
  /** "" when the annotator has not said. */
  authorType: AuthorType | "";
  statement: string;
  note: string;
}

/** Who is reading: enough to decide which buttons to show (the server decides what is allowed). */
export interface ReaderActor {
  id: string;
  role: "annotator" | "reviewer" | "admin";
  canWrite: boolean;
}
