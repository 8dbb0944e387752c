/**
 * The pairwise matrix: one row and one column per annotator, each cell the pair's agreement on
 * the figure chosen (Cohen's κ on kind with "no claim", α on finding claims, or span F1),
 * coloured from red (0 or below) to green (1). A table, so it reads cell by cell with a screen
 * reader and scrolls on a phone; each cell opens the pair's disagreeing units.
 */
import Link from "next/link";
import type { PairAgreement } from "@/lib/agreement/pairs";
import type { AnnotatorAgreement } from "@/lib/agreement/report";
import { agreementColour, coefficientFacts, formatCoefficient, spanF1Facts } from "./coefficient-figure";
import { TableWrap } from "@/app/_components/table-wrap";

export const MATRIX_FIGURES = {
  kappa: "Cohen’s κ, kind or no claim",
  alpha: "α, finding claims",
  f1: "Span F1, overlap",
} as const;
export type MatrixFigure = keyof typeof MATRIX_FIGURES;

function cellFigure(pair: PairAgreement, figure: MatrixFigure): { value: number | null; facts: string } {
  if (figure === "f1") return { value: pair.spanF1Overlap.value, facts: spanF1Facts(pair.spanF1Overlap) };
  const c = figure === "alpha" ? pair.finding : pair.kappaKindWithNone;
  return { value: c.value, facts: coefficientFacts(c) };
}

export function PairHeatmap({
  annotators,
  pairs,
  figure,
  unitsHref,
  figureHref,
}: {
  annotators: AnnotatorAgreement[];
  pairs: PairAgreement[];
  figure: MatrixFigure;
  /** The drill-down of one pair. */
  unitsHref: (a: string, b: string) => string;
  /** The same page with another figure in the cells. */
  figureHref: (figure: MatrixFigure) => string;
}) {
  const byPair = new Map(pairs.map((p) => [`${p.a} ${p.b}`, p]));
  const pairOf = (x: string, y: string) => byPair.get(x < y ? `${x} ${y}` : `${y} ${x}`);
  return (
    <div className="heatmap">
      <nav className="heatmap__figures" aria-label="Figure in the matrix">
        {(Object.keys(MATRIX_FIGURES) as MatrixFigure[]).map((f) => (
          <Link
            key={f}
            href={figureHref(f)}
            prefetch={false}
            className="chip-link"
            aria-current={f === figure ? "true" : undefined}
          >
            {MATRIX_FIGURES[f]}
          </Link>
        ))}
      </nav>
      <TableWrap className="heatmap__wrap" label="Agreement between each pair of annotators">
        <table className="heatmap__table">
          <caption className="visually-hidden">{MATRIX_FIGURES[figure]} for each pair of annotators</caption>
          <thead>
            <tr>
              <td />
              {annotators.map((a, i) => (
                <th key={a.annotatorId} scope="col" title={a.label}>
                  <span aria-hidden="true">{i + 1}</span>
                  <span className="visually-hidden">{a.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {annotators.map((row, i) => (
              <tr key={row.annotatorId}>
                <th scope="row" className="heatmap__name">
                  <span className="heatmap__index">{i + 1}</span> {row.label}
                </th>
                {annotators.map((col) => {
                  if (col.annotatorId === row.annotatorId) {
                    return (
                      <td key={col.annotatorId} className="heatmap__cell heatmap__cell--self">
                        <span className="visually-hidden">same annotator</span>
                      </td>
                    );
                  }
                  const pair = pairOf(row.annotatorId, col.annotatorId);
                  if (!pair) {
                    return (
                      <td
                        key={col.annotatorId}
                        className="heatmap__cell heatmap__cell--none"
                        title="No article in common"
                      >
                        <span className="visually-hidden">no article in common</span>
                      </td>
                    );
                  }
                  const { value, facts } = cellFigure(pair, figure);
                  return (
                    <td key={col.annotatorId} className="heatmap__cell" style={{ background: agreementColour(value) }}>
                      <Link
                        href={unitsHref(pair.a, pair.b)}
                        prefetch={false}
                        title={`${row.label} and ${col.label}: ${facts}; ${pair.articles} articles`}
                        aria-label={`${row.label} and ${col.label}: ${formatCoefficient(value)}, ${facts}`}
                      >
                        {formatCoefficient(value)}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
