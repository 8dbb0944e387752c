/**
 * Articles done over time: an SVG drawn on the server with visx primitives (scales, axes,
 * grid), like the cluster timeline, so the page arrives with the chart in place and no script.
 */
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";

const WIDTH = 800;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 56 };
const INNER = { width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function ProgressChart({ series, goal }: { series: { day: Date; done: number }[]; goal: number }) {
  const first = series[0].day.getTime();
  const last = Math.max(series[series.length - 1].day.getTime(), first + 86_400_000);
  const top = Math.max(goal, series[series.length - 1].done, 1);
  const x = scaleUtc({ domain: [new Date(first), new Date(last)], range: [0, INNER.width] });
  const y = scaleLinear({ domain: [0, top], range: [INNER.height, 0], nice: true });
  const yTicks = y.ticks(5).filter((t) => Number.isInteger(t));
  const points = series.map((p) => `${x(p.day)},${y(p.done)}`).join(" ");
  const area = `0,${INNER.height} ${points} ${x(series[series.length - 1].day)},${INNER.height}`;
  const latest = series[series.length - 1];
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="progress-title progress-desc">
        <title id="progress-title">Assignments done over time</title>
        <desc id="progress-desc">
          {`${formatNumber(latest.done)} assignments done by ${latest.day.toISOString().slice(0, 10)}, of ${formatNumber(goal)} needed.`}
        </desc>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <GridRows scale={y} width={INNER.width} tickValues={yTicks} stroke="#e5e8ec" />
          {goal > 0 ? (
            <g>
              <line x1={0} x2={INNER.width} y1={y(goal)} y2={y(goal)} stroke="#8a94a1" strokeDasharray="4 4" />
              <text x={INNER.width} y={y(goal) - 6} textAnchor="end" fontSize={12} fill="#535d69">
                {`${formatNumber(goal)} needed`}
              </text>
            </g>
          ) : null}
          <polygon points={area} fill="rgb(37 99 235 / 0.12)" />
          <polyline points={points} fill="none" stroke="#2563eb" strokeWidth={2.5} strokeLinejoin="round" />
          {series.length <= 60
            ? series.map((p) => (
                <circle key={p.day.getTime()} cx={x(p.day)} cy={y(p.done)} r={3} fill="#2563eb">
                  <title>{`${p.day.toISOString().slice(0, 10)}: ${formatNumber(p.done)} done`}</title>
                </circle>
              ))
            : null}
          <AxisLeft
            scale={y}
            tickValues={yTicks}
            tickFormat={(v) => formatNumber(Number(v))}
            stroke="#c3c9d1"
            tickStroke="#c3c9d1"
            tickLabelProps={{ fontSize: 12, fill: "#535d69", textAnchor: "end", dx: -4, dy: 4 }}
          />
          <AxisBottom
            top={INNER.height}
            scale={x}
            tickValues={dayTicks(series.map((p) => p.day))}
            tickFormat={(v) => {
              const d = v instanceof Date ? v : new Date(Number(v));
              return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
            }}
            stroke="#c3c9d1"
            tickStroke="#c3c9d1"
            tickLabelProps={{ fontSize: 12, fill: "#535d69", textAnchor: "middle" }}
          />
        </Group>
      </svg>
    </figure>
  );
}

/** At most seven whole days along the axis, evenly spread, first and last included. */
function dayTicks(days: Date[]): Date[] {
  if (days.length <= 7) return days;
  const step = (days.length - 1) / 6;
  return Array.from({ length: 7 }, (_, i) => days[Math.round(i * step)]);
}
