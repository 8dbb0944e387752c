/**
 * What the cluster page draws, derived from the cluster: a colour per source (in order of first
 * appearance, so colours stay put as claims are added later in time), the chart's points, and the
 * conflicts described in words.
 */
import type { ClusterDetail } from "@/lib/evidence/get-cluster";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { formatClaimDate, formatPeriod } from "@/app/(workbench)/_components/format/dates";
import type { ChartPoint } from "./timeline-chart";

// Colour-blind-safe hues (after Okabe & Ito), dark enough to read as text on white; red is kept
// for conflicts.
const PALETTE = ["#0b6fb0", "#b85c00", "#00785a", "#8e3b8e", "#5d6b00", "#0f7c8c", "#6b5d4f"];

export type ClusterClaim = ClusterDetail["claims"][number];

export function sourceColors(claims: readonly ClusterClaim[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const claim of claims)
    if (!colors.has(claim.source)) colors.set(claim.source, PALETTE[colors.size % PALETTE.length] ?? "#535d69");
  return colors;
}

/** The claim's date as precisely as it is known. */
export function whenText(claim: Pick<ClusterClaim, "date" | "datePrecision">): string {
  return formatClaimDate(claim.date, claim.datePrecision);
}

export function chartPoints(cluster: ClusterDetail, colors: Map<string, string>): ChartPoint[] {
  const conflicting = new Set(cluster.conflicts.flatMap((c) => c.claimIds));
  return cluster.claims.flatMap((claim) => {
    if (claim.date === null || claim.value === null) return [];
    return [
      {
        id: claim.id,
        articleId: claim.articleId,
        exact: claim.exact,
        date: claim.date,
        value: claim.value,
        qualifier: claim.qualifier,
        valueMax: claim.valueMax,
        source: claim.source,
        color: colors.get(claim.source) ?? "#535d69",
        label: formatFigure(claim)?.text ?? String(claim.value),
        spoken: formatFigure(claim)?.spoken ?? String(claim.value),
        when: whenText(claim),
        conflict: conflicting.has(claim.id),
      },
    ];
  });
}

/** One sentence per conflict, naming the claims, their figures and sources, and why it is flagged. */
export function describeConflicts(
  cluster: ClusterDetail,
): { key: string; text: string; severity: "contradiction" | "differing_figures" }[] {
  const byId = new Map(cluster.claims.map((c) => [c.id, c]));
  return cluster.conflicts.flatMap((conflict) => {
    const [a, b] = conflict.claimIds.map((id) => byId.get(id));
    if (!a || !b) return [];
    const side = (c: ClusterClaim) => `“${c.exact}” (${formatFigure(c)?.text ?? "?"}, ${c.source})`;
    const apart = `${Math.round(conflict.difference * 100)}% apart`;
    const why =
      conflict.severity === "contradiction"
        ? "They cannot both be true, even allowing for the tolerance."
        : "Both can be true as bounds, but two sources give different figures for the same month.";
    return [
      {
        key: conflict.claimIds.join("+"),
        severity: conflict.severity,
        text: `${formatPeriod(conflict.period)}: ${side(a)} and ${side(b)} are ${apart}. ${why}`,
      },
    ];
  });
}
