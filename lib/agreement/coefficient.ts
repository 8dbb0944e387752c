/**
 * The shape every agreement figure is reported in: the value, what it rests on, what it had to
 * leave out, and (for α) its bootstrap interval — so no figure can look perfect while hiding
 * the positions it dropped.
 */
import type { AlphaInterval } from "./krippendorff-alpha";

export type CoefficientMeasure =
  "alpha_nominal" | "alpha_interval" | "cohen_kappa" | "fleiss_kappa" | "span_f1_exact" | "span_f1_overlap";

export interface Coefficient {
  measure: CoefficientMeasure;
  /** The coefficient, or null when there was nothing to compute it on (or it is 0/0 for κ). */
  value: number | null;
  /** Items (units, or unit × evidence target) the value rests on. */
  units: number;
  /** Of those, items in which some annotator of the article had no value and was left out. */
  incomplete: number;
  /**
   * Items not used: for α, units with fewer than two values; for κ, units where the pair did
   * not both give a value (or, for Fleiss, with another number of annotators than `raters`).
   */
  excluded: number;
  /** Observed agreement: 1 − D_o for nominal α, p_o for κ; null for interval α. */
  observedAgreement: number | null;
  /** Agreement expected by chance: 1 − D_e for nominal α, p_e for κ; null for interval α. */
  expectedAgreement: number | null;
  /** Bootstrap percentile interval (α only; null when not asked for or nothing to resample). */
  interval: AlphaInterval | null;
  /** True when no two values differed anywhere (α = 0/0, reported as 1). */
  noVariation: boolean;
  /** Fleiss' κ: the number of annotators every counted unit had. */
  raters?: number;
}

export function emptyCoefficient(measure: CoefficientMeasure, excluded = 0): Coefficient {
  return {
    measure,
    value: null,
    units: 0,
    incomplete: 0,
    excluded,
    observedAgreement: null,
    expectedAgreement: null,
    interval: null,
    noVariation: false,
  };
}

/** Span F1 of one annotator's claims against another's (symmetric; precision/recall by direction). */
export interface SpanF1 {
  measure: "span_f1_exact" | "span_f1_overlap";
  /** 2·matched / (claimsA + claimsB), or null when neither has a claim. */
  value: number | null;
  matched: number;
  claimsA: number;
  claimsB: number;
  /** matched / claimsB: B's claims that A also made (A taken as the reference). */
  precision: number | null;
  /** matched / claimsA: A's claims that B also made. */
  recall: number | null;
}
