import type { ClaimStatus } from "@/lib/claims/vocabulary";
import type { StatusCounts } from "@/lib/review/review-progress";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { clip, ticks } from "./chart-scale";

/** Bar colours, strong enough to tell apart at a glance; text on each meets 4.5:1. */
export const statusColors: Record<ClaimStatus, { fill: string; text: string }> = {
  approved: { fill: "#1a7f37", text: "#ffffff" },
  submitted: { fill: "#2563eb", text: "#ffffff" },
  changes_requested: { fill: "#f0b429", text: "#3b2300" },
  rejected: { fill: "#b42318", text: "#ffffff" },
  draft: { fill: "#c3c9d1", text: "#16202c" },
};

/** Stack order: finished work first, so the green share reads from the left. */
export const chartOrder: readonly ClaimStatus[] = ["approved", "submitted", "changes_requested", "rejected", "draft"];

export interface ChartRow {
  label: string;
  counts: StatusCounts;
  total: number;
  /** Drawn bold and set apart: the "all articles" row. */
  summary?: boolean;
}

const WIDTH = 1000;
const LABEL_W = 290;
const TOTAL_W = 64;
const BAR_X = LABEL_W + 10;
const BAR_W = WIDTH - BAR_X - TOTAL_W;
const ROW_H = 30;
const BAR_H = 20;
const TOP = 8;
const AXIS_H = 24;
const SUMMARY_GAP = 14;

/**
 * Claims by status as horizontal stacked bars, rendered on the server as plain SVG (no script,
 * legible in a screenshot and in print). Each bar segment carries a <title> for pointer users;
 * the table beside it is the accessible equivalent, so the SVG is one labelled image.
 */
export function StatusChart({ rows, title, description }: { rows: ChartRow[]; title: string; description: string }) {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const gridlines = ticks(max);
  const top = gridlines[gridlines.length - 1] ?? max;
  const x = (n: number) => (n / top) * BAR_W;
  const rowY = (i: number) => TOP + i * ROW_H + (rows[0]?.summary && i > 0 ? SUMMARY_GAP : 0);
  const height = rowY(rows.length) + AXIS_H;

  return (
    <figure className="status-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="status-chart-title status-chart-desc"
        className="status-chart__svg"
      >
        <title id="status-chart-title">{title}</title>
        <desc id="status-chart-desc">{description}</desc>
        {gridlines.map((t) => (
          <g key={t}>
            <line
              x1={BAR_X + x(t)}
              x2={BAR_X + x(t)}
              y1={TOP - 4}
              y2={height - AXIS_H + 2}
              stroke="#e3e7ec"
              strokeWidth={1}
            />
            <text x={BAR_X + x(t)} y={height - 6} textAnchor="middle" fontSize={12} fill="#535d69">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = rowY(i);
          let offset = 0;
          return (
            <g key={`${row.label}-${i}`}>
              <text
                x={LABEL_W}
                y={y + BAR_H / 2 + 5}
                textAnchor="end"
                fontSize={13}
                fontWeight={row.summary ? 650 : 450}
                fill="#16202c"
              >
                <title>{row.label}</title>
                {clip(row.label, 40)}
              </text>
              {chartOrder.map((status) => {
                const n = row.counts[status];
                if (n === 0) return null;
                const w = x(n);
                const segment = (
                  <g key={status}>
                    <rect
                      x={BAR_X + offset}
                      y={y}
                      width={Math.max(w - 1, 1)}
                      height={BAR_H}
                      fill={statusColors[status].fill}
                      rx={2}
                    >
                      <title>{`${row.label}: ${formatNumber(n)} ${statusLabels[status].toLowerCase()}`}</title>
                    </rect>
                    {w >= 26 ? (
                      <text
                        x={BAR_X + offset + w / 2}
                        y={y + BAR_H / 2 + 4}
                        textAnchor="middle"
                        fontSize={11.5}
                        fontWeight={600}
                        fill={statusColors[status].text}
                        pointerEvents="none"
                      >
                        {formatNumber(n)}
                      </text>
                    ) : null}
                  </g>
                );
                offset += w;
                return segment;
              })}
              <text x={BAR_X + x(row.total) + 8} y={y + BAR_H / 2 + 5} fontSize={13} fontWeight={600} fill="#16202c">
                {formatNumber(row.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="status-chart__legend">
        {chartOrder.map((status) => (
          <span key={status} className="legend-item">
            <span
              className="legend-item__swatch"
              style={{ background: statusColors[status].fill }}
              aria-hidden="true"
            />
            {statusLabels[status]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
