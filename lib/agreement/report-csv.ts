/**
 * The agreement report as CSV (RFC 4180, UTF-8, header row, the export's formula guard): one row
 * per figure, in long form — scope (overall, kind, article, pair, annotator), what the scope is,
 * which figure, and every number the JSON gives for it — so a spreadsheet or R can pivot it.
 * The units of `detail=units` are not in the CSV (they are nested; the JSON carries them).
 */
import { csvLine, type CsvCell } from "@/lib/export/formats/csv";
import type { Coefficient, SpanF1 } from "./coefficient";
import type { AgreementReport } from "./report";

export const AGREEMENT_CSV_COLUMNS = [
  "scope",
  "scope_id",
  "scope_label",
  "annotator_a",
  "annotator_b",
  "figure",
  "measure",
  "value",
  "units",
  "incomplete",
  "excluded",
  "ci_lower",
  "ci_upper",
  "ci_level",
  "ci_samples",
  "observed_agreement",
  "expected_agreement",
  "no_variation",
  "raters",
  "matched",
  "claims_a",
  "claims_b",
  "precision",
  "recall",
] as const;

interface Scope {
  scope: "overall" | "kind" | "article" | "pair" | "annotator";
  id: string | null;
  label: string | null;
  a: string | null;
  b: string | null;
}

const scopeCells = (s: Scope): CsvCell[] => [s.scope, s.id, s.label, s.a, s.b];

function coefficientRow(scope: Scope, figure: string, c: Coefficient): string {
  return csvLine([
    ...scopeCells(scope),
    figure,
    c.measure,
    c.value,
    c.units,
    c.incomplete,
    c.excluded,
    c.interval?.lower ?? null,
    c.interval?.upper ?? null,
    c.interval?.level ?? null,
    c.interval?.samples ?? null,
    c.observedAgreement,
    c.expectedAgreement,
    c.noVariation ? "true" : "false",
    c.raters ?? null,
    null,
    null,
    null,
    null,
    null,
  ]);
}

function f1Row(scope: Scope, figure: string, f: SpanF1): string {
  return csvLine([
    ...scopeCells(scope),
    figure,
    f.measure,
    f.value,
    f.claimsA + f.claimsB,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    f.matched,
    f.claimsA,
    f.claimsB,
    f.precision,
    f.recall,
  ]);
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function measureRows(scope: Scope, measures: object): string[] {
  const rows: string[] = [];
  for (const [name, figure] of Object.entries(measures) as [string, Coefficient | SpanF1][]) {
    if (figure.measure === "span_f1_exact" || figure.measure === "span_f1_overlap") {
      rows.push(f1Row(scope, snake(name), figure as SpanF1));
    } else {
      rows.push(coefficientRow(scope, snake(name), figure as Coefficient));
    }
  }
  return rows;
}

/** The whole report as CSV text. */
export function reportToCsv(report: AgreementReport): string {
  const labels = new Map(report.annotators.map((a) => [a.annotatorId, a.label]));
  const rows = [csvLine([...AGREEMENT_CSV_COLUMNS])];
  const none = { id: null, label: null, a: null, b: null };
  rows.push(...measureRows({ scope: "overall", ...none }, report.overall));
  for (const k of report.kinds) {
    rows.push(
      ...measureRows(
        { scope: "kind", ...none, id: k.kind, label: k.kind },
        { ...k.measures, spanF1Exact: k.spanF1Exact, spanF1Overlap: k.spanF1Overlap },
      ),
    );
  }
  for (const p of report.pairs) {
    const scope: Scope = {
      scope: "pair",
      id: `${p.a},${p.b}`,
      label: `${labels.get(p.a) ?? p.a} / ${labels.get(p.b) ?? p.b}`,
      a: p.a,
      b: p.b,
    };
    rows.push(
      ...measureRows(scope, {
        finding: p.finding,
        kappaKindWithNone: p.kappaKindWithNone,
        kappaKind: p.kappaKind,
        spanF1Exact: p.spanF1Exact,
        spanF1Overlap: p.spanF1Overlap,
      }),
    );
  }
  for (const a of report.annotators) {
    rows.push(
      ...measureRows(
        { scope: "annotator", ...none, id: a.annotatorId, label: a.label },
        { spanF1Exact: a.spanF1Exact, spanF1Overlap: a.spanF1Overlap },
      ),
    );
  }
  for (const article of report.articles) {
    rows.push(
      ...measureRows(
        { scope: "article", ...none, id: article.articleId, label: article.title },
        { ...article.measures, spanF1Exact: article.spanF1Exact, spanF1Overlap: article.spanF1Overlap },
      ),
    );
  }
  return rows.join("");
}
