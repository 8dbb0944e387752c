/**
 * The cluster timeline: an SVG drawn on the server with visx primitives (scales, axes, grid), so
 * the page arrives with the chart in place, no layout jump and no client script. The viewBox
 * keeps its aspect ratio at any width. Each point links to its claim in the article.
 */
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { CHART, INNER, layoutChart, type PlacedPoint, type PlotInput } from "./chart-layout";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ARROW = 28;

export interface ChartPoint extends PlotInput {
  articleId: string;
  exact: string;
  source: string;
  color: string;
  /** The figure as shown ("> 30,000") beside the point, as read aloud ("more than 30,000"), and its date. */
  label: string;
  spoken: string;
  when: string;
  conflict: boolean;
}

function compact(value: number): string {
  if (Math.abs(value) >= 1e6) return `${formatNumber(Math.round(value / 1e5) / 10)}M`;
  return formatNumber(value);
}

function Marker({ p }: { p: PlacedPoint<ChartPoint> }) {
  const { x, y, y1, y2, mark } = p;
  const color = p.point.color;
  return (
    <>
      {mark === "lower" ? (
        <>
          <line x1={x} x2={x} y1={y} y2={y - ARROW} stroke={color} strokeWidth={2} />
          <path
            d={`M${x - 5},${y - ARROW + 7} L${x},${y - ARROW} L${x + 5},${y - ARROW + 7}`}
            fill="none"
            stroke={color}
            strokeWidth={2}
          />
        </>
      ) : null}
      {mark === "upper" ? (
        <>
          <line x1={x} x2={x} y1={y} y2={y + ARROW} stroke={color} strokeWidth={2} />
          <path
            d={`M${x - 5},${y + ARROW - 7} L${x},${y + ARROW} L${x + 5},${y + ARROW - 7}`}
            fill="none"
            stroke={color}
            strokeWidth={2}
          />
        </>
      ) : null}
      {mark === "about" && y1 !== null && y2 !== null ? (
        <path
          d={`M${x - 5},${y1} H${x + 5} M${x},${y1} V${y2} M${x - 5},${y2} H${x + 5}`}
          stroke={color}
          strokeWidth={2}
          fill="none"
        />
      ) : null}
      {mark === "range" && y1 !== null ? (
        <rect
          x={x - 6}
          y={y1}
          width={12}
          height={Math.max(2, y - y1)}
          rx={3}
          fill={color}
          fillOpacity={0.22}
          stroke={color}
        />
      ) : null}
      {p.point.conflict ? (
        <circle cx={x} cy={y} r={11} fill="none" stroke="#b42318" strokeWidth={2} strokeDasharray="3 2" />
      ) : null}
      {/* A larger, invisible target: a 13 px dot is hard to hit with a mouse or a finger. */}
      <circle cx={x} cy={y} r={14} fill="transparent" />
      <circle cx={x} cy={y} r={6.5} fill={color} stroke="#fff" strokeWidth={2} className="timeline-chart__dot" />
      <text
        x={p.labelSide === "left" ? x - 16 : x + 16}
        y={y + 4.5}
        textAnchor={p.labelSide === "left" ? "end" : "start"}
        className="timeline-chart__value"
        fill={color}
      >
        {p.point.label}
      </text>
    </>
  );
}

/** Dashed frames around each period's conflicting points, labelled, so the flag survives a screenshot. */
function ConflictFrames({ placed }: { placed: PlacedPoint<ChartPoint>[] }) {
  const groups = new Map<string, PlacedPoint<ChartPoint>[]>();
  for (const p of placed) {
    if (!p.point.conflict) continue;
    const key = p.point.date.toISOString().slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return (
    <>
      {[...groups.entries()].map(([key, members]) => {
        const top = Math.min(...members.map((m) => (m.mark === "lower" ? m.y - ARROW : (m.y1 ?? m.y)))) - 14;
        const bottom = Math.max(...members.map((m) => (m.mark === "upper" ? m.y + ARROW : (m.y2 ?? m.y)))) + 14;
        // Wide enough to take in the figures written beside the points (about 7.5 px a character).
        const textWidth = (m: PlacedPoint<ChartPoint>) => 16 + m.point.label.length * 7.5;
        const left = Math.min(...members.map((m) => m.x - (m.labelSide === "left" ? textWidth(m) : 12))) - 8;
        const right = Math.max(...members.map((m) => m.x + (m.labelSide === "right" ? textWidth(m) : 12))) + 8;
        const labelX = Math.min(Math.max(left, 0), INNER.width - 130);
        return (
          <g key={key} aria-hidden="true">
            <rect
              x={left}
              y={top}
              width={right - left}
              height={bottom - top}
              rx={8}
              fill="#fdf0ee"
              fillOpacity={0.55}
              stroke="#b42318"
              strokeDasharray="5 3"
            />
            <text x={labelX} y={Math.max(top - 7, -CHART.margin.top + 14)} className="timeline-chart__conflict-label">
              ⚠ Conflicting figures
            </text>
          </g>
        );
      })}
    </>
  );
}

export function TimelineChart({
  points,
  title,
  description,
}: {
  points: ChartPoint[];
  title: string;
  description: string;
}) {
  if (points.length === 0) return null;
  const { x, y, log, yTicks, placed, spansYears } = layoutChart(points);
  const formatDate = (d: Date) =>
    spansYears ? String(d.getUTCFullYear()) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      width="100%"
      role="group"
      aria-labelledby="timeline-title timeline-desc"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id="timeline-title">{title}</title>
      <desc id="timeline-desc">{description}</desc>
      <Group left={CHART.margin.left} top={CHART.margin.top}>
        <GridRows scale={y} width={INNER.width} numTicks={5} tickValues={yTicks} stroke="#e5e8ec" />
        <ConflictFrames placed={placed} />
        <AxisLeft
          scale={y}
          numTicks={5}
          tickValues={yTicks}
          tickFormat={(v) => compact(Number(v))}
          stroke="#c3c9d1"
          tickStroke="#c3c9d1"
          tickLabelProps={{
            className: "timeline-chart__tick",
            fontSize: 13,
            dx: "-0.25em",
            dy: "0.33em",
            textAnchor: "end",
          }}
          label={log ? "Stated figure (log scale)" : "Stated figure"}
          labelClassName="timeline-chart__axis-label"
          labelOffset={58}
        />
        <AxisBottom
          top={INNER.height}
          scale={x}
          numTicks={6}
          tickFormat={(d) => formatDate(d instanceof Date ? d : new Date(Number(d)))}
          stroke="#c3c9d1"
          tickStroke="#c3c9d1"
          tickLabelProps={{ className: "timeline-chart__tick", fontSize: 13, textAnchor: "middle" }}
          label="Date the figure refers to"
          labelClassName="timeline-chart__axis-label"
          labelOffset={16}
        />
        {placed.map((p) => (
          <a
            key={p.point.id}
            href={`/articles/${encodeURIComponent(p.point.articleId)}#claim-${encodeURIComponent(p.point.id)}`}
            className="timeline-chart__point"
            aria-label={`${p.point.spoken}, ${p.point.when}, ${p.point.source}: “${p.point.exact}”${p.point.conflict ? " (conflicting figures)" : ""}`}
          >
            <title>{`${p.point.spoken} · ${p.point.when} · ${p.point.source}\n“${p.point.exact}”`}</title>
            <Marker p={p} />
          </a>
        ))}
      </Group>
    </svg>
  );
}
