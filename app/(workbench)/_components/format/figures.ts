/**
 * Figures as the workbench shows them: numbers, and a claim's figure in a table (symbols, with
 * words for screen readers) or in a sentence ("more than 30,000 people dead").
 */
import { isQualifier, type Qualifier } from "@/lib/claims/wire-values";
import { qualifierLabels } from "../claim-labels";

// Made on first use: the browser's first Intl formatter loads locale data (≈20 ms), a cost
// every page importing this module would otherwise pay while its script starts.
let numberFormat: Intl.NumberFormat | undefined;
let preciseFormat: Intl.NumberFormat | undefined;

/** "30,000", "1.235" (three decimals at most): counts and figures in lists. */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat("en-US");
  return numberFormat.format(value);
}

/** "42%" for 0.42 (kept within 0–100 %), or an em dash when there is no rate. */
export function formatPercent(fraction: number | null): string {
  if (fraction === null) return "—";
  return `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

/** As {@link formatNumber}, with up to six decimals: a figure as an annotator typed it. */
function formatPrecise(value: number): string {
  preciseFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
  return preciseFormat.format(value);
}

/** "more than 30,000 people dead", "between 10 and 20 km", or null when there is no figure. */
export function figureText(c: {
  value: number | null;
  qualifier: Qualifier | null;
  valueMax: number | null;
  unit: string | null;
}): string | null {
  if (c.value === null) return c.unit;
  const value =
    c.qualifier === "range" && c.valueMax !== null
      ? `between ${formatPrecise(c.value)} and ${formatPrecise(c.valueMax)}`
      : `${c.qualifier && c.qualifier !== "exact" ? `${qualifierLabels[c.qualifier]} ` : ""}${formatPrecise(c.value)}`;
  return c.unit ? `${value} ${c.unit}` : value;
}

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
