/**
 * The claim API's wire shapes: what every claim response and the suggestions endpoint send
 * (dates as ISO strings). Types only, so the pages, the server and the CLI share one definition
 * without carrying server code or zod into a page's bundle. What is accepted is defined by the
 * zod schemas in `./schema.ts`; `claimSelect` there is the query these shapes come from.
 */
import type { AuthorType, ClaimStatus, Qualifier } from "./wire-values";

/** A claim as `GET /api/claims/{id}`, the article's claim list and every claim write return it. */
export interface ClaimWire {
  id: string;
  projectId: string;
  articleId: string;
  /** "annotation" (one annotator's work, in their assignment) or "gold" (the adjudicated layer). */
  layer: string;
  assignmentId: string | null;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** A kind key of the project's claim schema. */
  kind: string;
  value: number | null;
  qualifier: Qualifier | null;
  valueMax: number | null;
  unit: string | null;
  timeRef: string | null;
  attributedTo: string | null;
  authorType: AuthorType | null;
  statement: string | null;
  note: string | null;
  status: ClaimStatus;
  /** A verdict key of the project's claim schema. */
  verdict: string | null;
  justification: string | null;
  version: number;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

/** A figure the offline spotter found, as `GET /api/articles/{id}/suggestions` sends it. */
export interface SuggestionWire {
  start: number;
  end: number;
  exact: string;
  /** A kind key of the project's claim schema. */
  kind: string;
  value: number;
  qualifier: Qualifier;
  /** Only for `qualifier: "range"`. */
  valueMax?: number;
  unit: string | null;
}
