/**
 * Wire shapes of the claim API as the browser sees them (dates as ISO strings). The server's
 * zod schemas in `lib/claims/schema.ts` define what is accepted; these describe what comes back.
 */
import type { ClaimStatus, Qualifier } from "@/lib/claims/wire-values";

/** A kind key of the project's schema (see `reader-schema.tsx`). */
type ClaimKind = string;

export interface Claim {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  value: number | null;
  qualifier: Qualifier | null;
  valueMax: number | null;
  unit: string | null;
  timeRef: string | null;
  attributedTo: string | null;
  note: string | null;
  status: ClaimStatus;
  version: number;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

/** A suggestion from the offline spotter (`GET /api/articles/{id}/suggestions`). */
export interface Suggestion {
  start: number;
  end: number;
  exact: string;
  kind: ClaimKind;
  value: number;
  qualifier: Qualifier;
  valueMax?: number;
  unit: string | null;
}

/** The attributes an annotator fills in, as the forms hold them (blank text means none). */
export interface ClaimFields {
  kind: ClaimKind;
  value: number | null;
  qualifier: Qualifier | null;
  valueMax: number | null;
  unit: string;
  timeRef: string;
  attributedTo: string;
  note: string;
}

/** Who is reading: enough to decide which buttons to show (the server decides what is allowed). */
export interface ReaderActor {
  id: string;
  role: "annotator" | "reviewer" | "admin";
  canWrite: boolean;
}
