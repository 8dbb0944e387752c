/** The chart's figures as a table: each period's articles, span F1 against gold and κ, with what they rest on. */
import { DataTable } from "@/app/(workbench)/_components/data-table";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import type { GoldAgreementPoint } from "@/lib/adjudication/gold-agreement";

const two = (v: number | null) => (v === null ? "—" : Math.abs(v) < 0.005 ? "0.00" : v.toFixed(2));

export function GoldTable({ points, period }: { points: GoldAgreementPoint[]; period: "week" | "month" }) {
  return (
    <DataTable
      caption="Agreement with gold by period"
      wrapClassName="gold-table"
      rows={[...points].reverse()}
      rowKey={(p) => p.period}
      columns={[
        {
          key: "period",
          header: period === "week" ? "Week of" : "Month",
          rowHeader: true,
          cell: (p) => (period === "week" ? p.period : p.period.slice(0, 7)),
        },
        { key: "articles", header: "Articles", numeric: true, cell: (p) => formatNumber(p.articles) },
        {
          key: "f1",
          header: "Span F1",
          numeric: true,
          cell: (p) => (
            <>
              {two(p.spanF1Overlap.value)}
              <div className="cell-sub">
                {p.spanF1Overlap.matched} of your {p.spanF1Overlap.claimsB} and gold&rsquo;s {p.spanF1Overlap.claimsA}
              </div>
            </>
          ),
        },
        { key: "exact", header: "exact", numeric: true, cell: (p) => two(p.spanF1Exact.value) },
        {
          key: "kappa",
          header: "κ, kind or no claim",
          numeric: true,
          cell: (p) => (
            <>
              {two(p.kappaKindWithNone.value)}
              <div className="cell-sub">
                n {p.kappaKindWithNone.units}
                {p.kappaKindWithNone.noVariation ? " · no variation" : ""}
              </div>
            </>
          ),
        },
      ]}
    />
  );
}
