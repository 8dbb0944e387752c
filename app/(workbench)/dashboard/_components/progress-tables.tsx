import Link from "next/link";
import type { StatusCounts } from "@/lib/review/review-progress";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { formatNumber, formatPercent } from "@/app/(workbench)/_components/format/figures";
import { chartOrder, statusColors } from "./status-chart";

/** A row of the per-article and per-annotator tables: whose claims, by status. */
interface CountsRow {
  id: string;
  name: string;
  href: string;
  counts: StatusCounts;
  total: number;
}

/** The name (linking to those claims), a column per status and the total. */
function countColumns<Row extends CountsRow>(nameHeader: string): Column<Row>[] {
  return [
    {
      key: "name",
      header: nameHeader,
      className: "col-main",
      rowHeader: true,
      cellClassName: "cell-title",
      cell: (row) => <Link href={row.href}>{row.name}</Link>,
    },
    ...chartOrder.map((s): Column<Row> => ({
      key: s,
      numeric: true,
      header: (
        <>
          <span className="legend-item__swatch" style={{ background: statusColors[s].fill }} aria-hidden="true" />{" "}
          {statusLabels[s]}
        </>
      ),
      cellClassName: (row) => (row.counts[s] === 0 ? "muted" : undefined),
      cell: (row) => formatNumber(row.counts[s]),
    })),
    { key: "total", header: "Total", numeric: true, cell: (row) => formatNumber(row.total) },
  ];
}

/** The footer row of the per-article table: every claim. */
function TotalsRow({ counts, total }: { counts: StatusCounts; total: number }) {
  return (
    <tr>
      <th scope="row">All articles</th>
      {chartOrder.map((s) => (
        <td key={s} className={`num${counts[s] === 0 ? " muted" : ""}`}>
          {formatNumber(counts[s])}
        </td>
      ))}
      <td className="num">{formatNumber(total)}</td>
    </tr>
  );
}

const annotatorColumns: Column<CountsRow & { approvalRate: number | null }>[] = [
  ...countColumns<CountsRow & { approvalRate: number | null }>("Annotator"),
  {
    key: "rate",
    header: "Approval rate",
    cellClassName: "rate",
    cell: (u) => (
      <>
        <span className="rate__bar" aria-hidden="true">
          <span style={{ width: `${Math.round((u.approvalRate ?? 0) * 100)}%` }} />
        </span>
        <span className="rate__value">{formatPercent(u.approvalRate)}</span>
      </>
    ),
  },
];

/** Claims by status per article, with the totals over all articles. */
export function ArticleProgressTable({
  articles,
  overall,
  total,
}: {
  articles: { id: string; title: string; counts: StatusCounts; total: number }[];
  overall: StatusCounts;
  total: number;
}) {
  return (
    <DataTable
      caption="Claims by status per article"
      className="dashboard-table"
      wrapClassName="section-gap"
      columns={countColumns<CountsRow>("Article")}
      rows={articles.map((a) => ({ ...a, name: a.title, href: `/claims?articleId=${encodeURIComponent(a.id)}` }))}
      rowKey={(a) => a.id}
      foot={<TotalsRow counts={overall} total={total} />}
    />
  );
}

/** Claims by status per annotator, with how many of their decided claims were approved. */
export function AnnotatorProgressTable({
  annotators,
}: {
  annotators: { id: string; name: string; counts: StatusCounts; total: number; approvalRate: number | null }[];
}) {
  return (
    <DataTable
      caption="Claims and approval rate per annotator"
      className="dashboard-table"
      columns={annotatorColumns}
      rows={annotators.map((u) => ({ ...u, href: `/claims?authorId=${encodeURIComponent(u.id)}` }))}
      rowKey={(u) => u.id}
    />
  );
}
