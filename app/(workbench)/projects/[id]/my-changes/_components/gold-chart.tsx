/**
 * An annotator's agreement with gold over time: span F1 (overlap) and Cohen's κ on kind with
 * "no claim", one point per week or month with adjudicated articles. An SVG drawn on the server
 * with visx scales and axes, like the project's progress chart.
 */
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scalePoint, scaleLinear } from "@visx/scale";
import type { GoldAgreementPoint } from "@/lib/adjudication/gold-agreement";

const WIDTH = 800;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 48 };
const INNER = { width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const SERIES = [
  { key: "f1", label: "Span F1 with gold", colour: "#2563eb", pick: (p: GoldAgreementPoint) => p.spanF1Overlap.value },
  {
    key: "kappa",
    label: "Cohen’s κ with gold (kind or no claim)",
    colour: "#c2410c",
    pick: (p: GoldAgreementPoint) => p.kappaKindWithNone.value,
  },
] as const;

const dayLabel = (period: string) => {
  const d = new Date(`${period}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};

export function GoldChart({ points }: { points: GoldAgreementPoint[] }) {
  const x = scalePoint({ domain: points.map((p) => p.period), range: [0, INNER.width], padding: 0.5 });
  const lowest = Math.min(0, ...points.flatMap((p) => SERIES.map((s) => s.pick(p) ?? 0)));
  const y = scaleLinear({ domain: [lowest, 1], range: [INNER.height, 0], nice: true });
  const step = Math.max(1, Math.ceil(points.length / 8));
  return (
    <figure className="gold-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="gold-title gold-desc">
        <title id="gold-title">Your agreement with gold over time</title>
        <desc id="gold-desc">
          {points
            .map(
              (p) =>
                `${p.period}: F1 ${p.spanF1Overlap.value?.toFixed(2) ?? "none"}, κ ${p.kappaKindWithNone.value?.toFixed(2) ?? "none"} over ${p.articles} articles`,
            )
            .join("; ")}
        </desc>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <GridRows scale={y} width={INNER.width} numTicks={5} stroke="#e5e8ec" />
          {SERIES.map((s) => {
            const drawn = points.filter((p) => s.pick(p) !== null);
            return (
              <g key={s.key}>
                <polyline
                  points={drawn.map((p) => `${x(p.period)},${y(s.pick(p)!)}`).join(" ")}
                  fill="none"
                  stroke={s.colour}
                  strokeWidth={2.5}
                  strokeLinejoin="round"
                />
                {drawn.map((p) => (
                  <circle key={p.period} cx={x(p.period)} cy={y(s.pick(p)!)} r={4} fill={s.colour}>
                    <title>{`${s.label}, ${p.period}: ${s.pick(p)!.toFixed(2)} (${p.articles} articles)`}</title>
                  </circle>
                ))}
              </g>
            );
          })}
          <AxisLeft
            scale={y}
            numTicks={5}
            tickFormat={(v) => Number(v).toFixed(1)}
            stroke="#c3c9d1"
            tickStroke="#c3c9d1"
            tickLabelProps={{ fontSize: 12, fill: "#535d69", textAnchor: "end", dx: -4, dy: 4 }}
          />
          <AxisBottom
            top={INNER.height}
            scale={x}
            tickValues={points.filter((_, i) => i % step === 0).map((p) => p.period)}
            tickFormat={(v) => dayLabel(String(v))}
            stroke="#c3c9d1"
            tickStroke="#c3c9d1"
            tickLabelProps={{ fontSize: 12, fill: "#535d69", textAnchor: "middle" }}
          />
        </Group>
      </svg>
      <figcaption className="gold-chart__legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <span className="gold-chart__swatch" style={{ background: s.colour }} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
