/** The per-annotator view: how much each annotator found, missed and made alone, and their F1 against the others. */
import Link from "next/link";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { formatNumber, formatPercent } from "@/app/(workbench)/_components/format/figures";
import type { AnnotatorAgreement } from "@/lib/agreement/report";
import { formatCoefficient, SpanF1Figure } from "./coefficient-figure";

export function AnnotatorTable({
  rows,
  unitsHref,
}: {
  rows: AnnotatorAgreement[];
  /** The units this annotator missed or made alone. */
  unitsHref: (annotatorId: string) => string;
}) {
  const columns: Column<AnnotatorAgreement>[] = [
    {
      key: "name",
      header: "Annotator",
      rowHeader: true,
      className: "col-main",
      cell: (a) => (
        <Link href={unitsHref(a.annotatorId)} prefetch={false} className="cell-title">
          {a.label}
        </Link>
      ),
    },
    { key: "articles", header: "Articles", numeric: true, cell: (a) => formatNumber(a.articles) },
    { key: "claims", header: "Claims", numeric: true, cell: (a) => formatNumber(a.claims) },
    { key: "missed", header: "Missed", numeric: true, cell: (a) => formatNumber(a.missed) },
    { key: "alone", header: "Alone", numeric: true, cell: (a) => formatNumber(a.alone) },
    {
      key: "precision",
      header: "Others also made",
      numeric: true,
      cell: (a) => formatPercent(a.spanF1Overlap.precision),
    },
    {
      key: "recall",
      header: "Of others’ they made",
      numeric: true,
      cell: (a) => formatPercent(a.spanF1Overlap.recall),
    },
    { key: "f1", header: "Span F1, overlap", numeric: true, cell: (a) => <SpanF1Figure f={a.spanF1Overlap} compact /> },
    { key: "f1exact", header: "exact", numeric: true, cell: (a) => formatCoefficient(a.spanF1Exact.value) },
  ];
  return (
    <DataTable
      caption="Agreement per annotator"
      columns={columns}
      rows={rows}
      rowKey={(a) => a.annotatorId}
      className="agreement-table"
      empty="No annotator in this selection."
    />
  );
}
