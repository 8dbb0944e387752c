/** Small pure helpers for the hand-drawn SVG chart. */

/** A round step (1, 2, 5 × 10ⁿ) giving at most `maxTicks` gridlines up to `max`. */
export function niceStep(max: number, maxTicks = 5): number {
  if (max <= 0) return 1;
  const raw = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return Math.max(1, step);
}

/** Gridline values 0, step, 2·step… up to the first one at or above `max`. */
export function ticks(max: number, maxTicks = 5): number[] {
  const step = niceStep(max, maxTicks);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const values: number[] = [];
  for (let v = 0; v <= top; v += step) values.push(v);
  return values;
}

/** Text cut to `max` characters with an ellipsis (SVG text does not wrap or clip by itself). */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
