import { formatNumber } from "@/app/_components/format";
import { isQualifier, type Qualifier } from "@/lib/claims/wire-values";

/** A claim's figure as shown (`text`), as a screen reader should say it (`spoken`), and its unit. */
export interface FigureText {
  text: string;
  spoken: string;
  unit: string | null;
}

// Symbols keep the column narrow and scannable; the words are for screen readers, which
// read "≥" or "≈" inconsistently or not at all.
const prefixes: Record<Exclude<Qualifier, "range">, { symbol: string; words: string }> = {
  exact: { symbol: "", words: "" },
  about: { symbol: "≈ ", words: "about " },
  at_least: { symbol: "≥ ", words: "at least " },
  more_than: { symbol: "> ", words: "more than " },
  up_to: { symbol: "≤ ", words: "up to " },
};

/**
 * "> 30,000", "≥ 500", "≈ 1,000", "≤ 2,000", "20,000–90,000" or "30,000", and the unit to
 * show with it; null when the claim states no figure. A qualifier outside the vocabulary (a
 * hand-edited row) reads as exact rather than failing the whole table.
 */
export function formatFigure(claim: {
  value: number | null;
  qualifier: string | null;
  valueMax: number | null;
  unit: string | null;
}): FigureText | null {
  if (claim.value === null) return null;
  const unit = claim.unit || null;
  const qualifier = isQualifier(claim.qualifier) ? claim.qualifier : "exact";
  const value = formatNumber(claim.value);
  if (qualifier === "range") {
    if (claim.valueMax === null) return { text: `≥ ${value}`, spoken: `at least ${value}`, unit };
    const max = formatNumber(claim.valueMax);
    return { text: `${value}–${max}`, spoken: `${value} to ${max}`, unit };
  }
  const { symbol, words } = prefixes[qualifier];
  return { text: `${symbol}${value}`, spoken: `${words}${value}`, unit };
}
