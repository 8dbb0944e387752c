/**
 * Geometry of the cluster timeline: scales and the position of every point, computed apart from
 * the drawing so it can be checked without rendering. Time runs left to right (UTC), the stated
 * figure bottom to top: linear from zero, or logarithmic when the figures span more than a
 * factor of 50, where a linear axis would crush the small ones onto the baseline.
 */
import { scaleLinear, scaleLog, scaleUtc } from "@visx/scale";
import { Qualifier } from "@/lib/claims/vocabulary";

export const CHART = { width: 760, height: 440, margin: { top: 56, right: 36, bottom: 52, left: 92 } } as const;
export const INNER = {
  width: CHART.width - CHART.margin.left - CHART.margin.right,
  height: CHART.height - CHART.margin.top - CHART.margin.bottom,
};

/** Pixels between points on the same day, so two figures from one article sit side by side. */
const SAME_DAY_SPREAD = 16;
/** Pixels kept between the plot's edges and the first and last dates. */
const EDGE = 100;
const LOG_RATIO = 50;
const DAY = 86_400_000;

export interface PlotInput {
  id: string;
  date: Date;
  value: number;
  qualifier: string | null;
  valueMax: number | null;
}

export type Mark = "point" | "lower" | "upper" | "about" | "range";

export interface PlacedPoint<P extends PlotInput> {
  point: P;
  x: number;
  y: number;
  /** y of the other end of a range or of an "about" bar (±10%), else null. */
  y2: number | null;
  y1: number | null;
  mark: Mark;
  /** Which side of the point its figure is written on: away from a same-day neighbour and the edge. */
  labelSide: "left" | "right";
}

function markOf(qualifier: string | null): Mark {
  const parsed = Qualifier.safeParse(qualifier);
  switch (parsed.success ? parsed.data : "exact") {
    case "more_than":
    case "at_least":
      return "lower";
    case "up_to":
      return "upper";
    case "about":
      return "about";
    case "range":
      return "range";
    default:
      return "point";
  }
}

export function layoutChart<P extends PlotInput>(points: readonly P[]) {
  const times = points.map((p) => p.date.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  // Room at both ends for the figures written beside the outermost points.
  const pad = last === first ? 180 * DAY : ((last - first) * EDGE) / (INNER.width - 2 * EDGE);
  const x = scaleUtc({ domain: [new Date(first - pad), new Date(last + pad)], range: [0, INNER.width] });

  const values = points.flatMap((p) =>
    p.valueMax !== null && markOf(p.qualifier) === "range" ? [p.value, p.valueMax] : [p.value],
  );
  const low = Math.min(...values);
  const high = Math.max(...values);
  const log = low > 0 && high / low > LOG_RATIO;
  // Head room above the highest figure leaves space for its arrow and the conflict label.
  const y = log
    ? scaleLog({ domain: [low / 2, high * 3], range: [INNER.height, 0] })
    : scaleLinear({ domain: [Math.min(0, low), high * 1.15 || 1], range: [INNER.height, 0], nice: true });

  const byDay = new Map<number, P[]>();
  for (const p of points) {
    const day = Math.floor(p.date.getTime() / DAY);
    byDay.set(day, [...(byDay.get(day) ?? []), p]);
  }
  const placed: PlacedPoint<P>[] = points.map((point) => {
    const group = byDay.get(Math.floor(point.date.getTime() / DAY)) ?? [point];
    const offset = (group.indexOf(point) - (group.length - 1) / 2) * SAME_DAY_SPREAD;
    const mark = markOf(point.qualifier);
    const index = group.indexOf(point);
    const px = (x(point.date) ?? 0) + offset;
    const labelSide =
      group.length > 1 ? (index < (group.length - 1) / 2 ? "left" : "right") : px > INNER.width - 90 ? "left" : "right";
    const yOf = (v: number) => y(Math.max(v, log ? low / 2 : -Infinity)) ?? 0;
    return {
      point,
      x: px,
      y: yOf(point.value),
      y1:
        mark === "about"
          ? yOf(point.value * 1.1)
          : mark === "range" && point.valueMax !== null
            ? yOf(point.valueMax)
            : null,
      y2: mark === "about" ? yOf(point.value * 0.9) : null,
      mark,
      labelSide,
    };
  });
  return {
    x,
    y,
    log,
    yTicks: log ? decades(low / 2, high * 3) : undefined,
    placed,
    spansYears: last - first > 2 * 365 * DAY,
  };
}

/** Ticks of a log axis: the powers of ten in range (with 2× and 5× when there are too few), not d3's every integer multiple. */
function decades(from: number, to: number): number[] {
  const powers: number[] = [];
  for (let p = 10 ** Math.ceil(Math.log10(from)); p <= to; p *= 10) powers.push(p);
  if (powers.length >= 3) return powers;
  const steps: number[] = [];
  for (let p = 10 ** Math.floor(Math.log10(from)); p <= to; p *= 10)
    for (const m of [1, 2, 5]) if (p * m >= from && p * m <= to) steps.push(p * m);
  return steps;
}
