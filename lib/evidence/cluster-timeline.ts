/**
 * A cluster's claims placed in time: each with the date it refers to, the period it is compared
 * in, and the source it is credited to; then the conflicts among them. Pure, shared by the API
 * and the cluster page.
 */
import { claimDate } from "./claim-date";
import { findConflicts, type Conflict } from "./conflicts";

export interface TimelineInput {
  id: string;
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  timeRef: string | null;
  attributedTo: string | null;
  article: { title: string; publisher: string | null; publishedAt: Date | null };
}

/**
 * Who a figure comes from: the source it is attributed to ("activists"), else the article's
 * publisher, else the article's title. Two figures in one article can come from two sources.
 */
function claimSource(claim: Pick<TimelineInput, "attributedTo" | "article">): string {
  return claim.attributedTo ?? claim.article.publisher ?? claim.article.title;
}

/** The claims in time order (undated last, then by value), each with its date and source, and the conflicts. */
export function buildTimeline<C extends TimelineInput>(claims: readonly C[]) {
  const placed = claims.map((claim) => {
    const when = claimDate(claim, claim.article);
    return {
      ...claim,
      date: when?.date ?? null,
      dateSource: when?.source ?? null,
      datePrecision: when?.precision ?? null,
      period: when?.period ?? null,
      source: claimSource(claim),
    };
  });
  placed.sort(
    (a, b) =>
      (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity) ||
      (a.value ?? Infinity) - (b.value ?? Infinity) ||
      a.id.localeCompare(b.id),
  );
  const conflicts: Conflict[] = findConflicts(placed);
  return { claims: placed, conflicts };
}
