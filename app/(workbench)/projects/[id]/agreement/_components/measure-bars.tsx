/**
 * Agreement figures as bars with their 95 % interval as a whisker, one row per figure: the
 * label and the facts (n, incomplete, interval) in text, the bar drawn with a visx scale as a
 * small SVG, so the row stays legible at any width. Each label opens the disagreeing units.
 */
import Link from "next/link";
import { scaleLinear } from "@visx/scale";
import type { Coefficient } from "@/lib/agreement/coefficient";
import { agreementColour, coefficientFacts, formatCoefficient } from "./coefficient-figure";

interface BarRow {
  key: string;
  label: string;
  coefficient: Coefficient;
  href: string;
}

const WIDTH = 300;
const HEIGHT = 22;

export function MeasureBars({ rows, label }: { rows: BarRow[]; label: string }) {
  const lowest = Math.min(0, ...rows.flatMap((r) => [r.coefficient.value ?? 0, r.coefficient.interval?.lower ?? 0]));
  const x = scaleLinear({ domain: [Math.max(-1, lowest), 1], range: [0, WIDTH], clamp: true });
  const zero = x(0);
  return (
    <ul className="bars" aria-label={label}>
      {rows.map((row) => {
        const c = row.coefficient;
        return (
          <li key={row.key} className="bars__row">
            <Link href={row.href} prefetch={false} className="bars__label">
              {row.label}
            </Link>
            <svg
              className="bars__svg"
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect x={0} y={2} width={WIDTH} height={HEIGHT - 4} fill="#f1f3f5" />
              {[0.2, 0.4, 0.6, 0.8].map((t) => (
                <line key={t} x1={x(t)} x2={x(t)} y1={2} y2={HEIGHT - 2} stroke="#ffffff" strokeWidth={1} />
              ))}
              {c.value !== null ? (
                <rect
                  x={Math.min(zero, x(c.value))}
                  y={4}
                  width={Math.max(1.5, Math.abs(x(c.value) - zero))}
                  height={HEIGHT - 8}
                  fill={agreementColour(c.value)}
                  stroke="#8a94a1"
                  strokeWidth={0.75}
                />
              ) : null}
              {c.interval ? (
                <g stroke="#16202c" strokeWidth={1.5}>
                  <line x1={x(c.interval.lower)} x2={x(c.interval.upper)} y1={HEIGHT / 2} y2={HEIGHT / 2} />
                  <line x1={x(c.interval.lower)} x2={x(c.interval.lower)} y1={6} y2={HEIGHT - 6} />
                  <line x1={x(c.interval.upper)} x2={x(c.interval.upper)} y1={6} y2={HEIGHT - 6} />
                </g>
              ) : null}
              <line x1={zero} x2={zero} y1={0} y2={HEIGHT} stroke="#535d69" strokeWidth={1} />
            </svg>
            <span className="bars__value">{formatCoefficient(c.value)}</span>
            <span className="bars__facts">{coefficientFacts(c)}</span>
          </li>
        );
      })}
    </ul>
  );
}
