/**
 * How every agreement figure is shown: the value, what it rests on (n), how many of those items
 * were incomplete, and its 95 % interval when it has one — never a bare number.
 */
import type { Coefficient, SpanF1 } from "@/lib/agreement/coefficient";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";

/** "0.62", "−0.10", or an em dash when there is nothing to compute it on. */
export function formatCoefficient(value: number | null): string {
  if (value === null) return "—";
  // A value that rounds to zero reads "0.00", never "−0.00".
  const text = Math.abs(value) < 0.005 ? "0.00" : value.toFixed(2);
  return text.startsWith("-") ? `−${text.slice(1)}` : text;
}

/** A colour for an agreement value on a light background: red at 0 or below, amber at 0.5, green at 1. */
export function agreementColour(value: number | null): string {
  if (value === null) return "#eef0f3";
  const v = Math.max(0, Math.min(1, value));
  const stops = [
    [0, [248, 215, 210]],
    [0.5, [252, 236, 196]],
    [1, [196, 234, 205]],
  ] as const;
  const [lo, hi] = v <= 0.5 ? [stops[0], stops[1]] : [stops[1], stops[2]];
  const t = (v - lo[0]) / (hi[0] - lo[0]);
  const mix = lo[1].map((c, i) => Math.round(c + (hi[1][i] - c) * t));
  return `rgb(${mix.join(" ")})`;
}

/** n, incomplete and interval of a coefficient, as one line of small print. */
export function coefficientFacts(c: Coefficient): string {
  const parts = [`n ${formatNumber(c.units)}`];
  if (c.incomplete) parts.push(`${formatNumber(c.incomplete)} incomplete`);
  if (c.interval) {
    parts.push(`95% ${formatCoefficient(c.interval.lower)} to ${formatCoefficient(c.interval.upper)}`);
  } else if (c.measure.startsWith("alpha") && c.value !== null) parts.push("no interval");
  if (c.noVariation) parts.push("no variation");
  return parts.join(" · ");
}

export function CoefficientFigure({ c, compact = false }: { c: Coefficient; compact?: boolean }) {
  return (
    <span className={compact ? "coef coef--compact" : "coef"}>
      <span className="coef__value">{formatCoefficient(c.value)}</span>
      <span className="coef__facts">{coefficientFacts(c)}</span>
    </span>
  );
}

export function spanF1Facts(f: SpanF1): string {
  return `${formatNumber(f.matched)} matched of ${formatNumber(f.claimsA)} + ${formatNumber(f.claimsB)} claims`;
}

export function SpanF1Figure({ f, compact = false }: { f: SpanF1; compact?: boolean }) {
  return (
    <span className={compact ? "coef coef--compact" : "coef"}>
      <span className="coef__value">{formatCoefficient(f.value)}</span>
      <span className="coef__facts">{spanF1Facts(f)}</span>
    </span>
  );
}

export const ATTRIBUTE_TITLES = {
  finding: "Finding claims",
  kind: "Kind",
  qualifier: "Qualifier",
  unit: "Unit",
  value: "Value",
  verdict: "Verdict",
  stance: "Evidence stance",
} as const;
type MeasuredAttribute = keyof typeof ATTRIBUTE_TITLES;
export const MEASURED_ATTRIBUTES = Object.keys(ATTRIBUTE_TITLES) as MeasuredAttribute[];
