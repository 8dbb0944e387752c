/**
 * Inputs of the agreement measures: what one annotator wrote on one article, typed, with no
 * database behind it. The DB side loads submitted assignments into these shapes; tests, the
 * bench and the fixture checks build them by hand.
 */

/** An evidence link going out of a claim: to another claim or to an external source. */
export interface AgreementEvidence {
  /** The claim it points to, or null for a link to a URL. */
  targetClaimId: string | null;
  /** The source's URL (already normalised as stored), or null for a claim-to-claim link. */
  url: string | null;
  stance: string;
}

/** One annotator's claim, with the attributes the measures compare. */
export interface AgreementClaim {
  id: string;
  articleId: string;
  annotatorId: string;
  /** UTF-16 offsets into the article's canonical text, `end` exclusive. */
  start: number;
  end: number;
  /** A key of the project's claim schema (projects define their own kinds). */
  kind: string;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
  verdict: string | null;
  evidence: readonly AgreementEvidence[];
}

/** The annotators whose work on one article counts, and what they wrote there. */
export interface ArticleLayers {
  articleId: string;
  title?: string;
  /**
   * Every annotator whose layer counts (a submitted assignment), including one who made no
   * claim at all: each of them has "no claim" in every unit they did not contribute to.
   */
  annotatorIds: readonly string[];
  /** When the last of these layers was submitted: what the date-range filter looks at. */
  completedAt?: Date | null;
  claims: readonly AgreementClaim[];
}
