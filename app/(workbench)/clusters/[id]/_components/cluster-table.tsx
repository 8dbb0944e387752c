import Link from "next/link";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { claimHref, claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { whenText, type ClusterClaim } from "./cluster-view";

function Figure({ claim, conflicting }: { claim: ClusterClaim; conflicting: boolean }) {
  const figure = formatFigure(claim);
  return (
    <>
      {figure ? (
        <>
          <span aria-hidden="true">{figure.text}</span>
          <span className="visually-hidden">{figure.spoken}</span>
        </>
      ) : (
        <span className="muted">—</span>
      )}
      {conflicting ? <div className="cluster-table__flag">⚠ conflict</div> : null}
    </>
  );
}

/** The same points as the chart, as a table: when, what figure, from whom, and links to the claim. */
export function ClusterTable({
  claims,
  colors,
  conflicting,
}: {
  claims: ClusterClaim[];
  colors: Map<string, string>;
  conflicting: Set<string>;
}) {
  const columns: Column<ClusterClaim>[] = [
    {
      key: "date",
      header: "Date",
      cellClassName: "date",
      cell: (claim) => (
        <>
          {whenText(claim)}
          <div className="cell-sub">
            {claim.dateSource === "timeRef"
              ? "time reference"
              : claim.dateSource === "article"
                ? "article date"
                : "no date"}
          </div>
        </>
      ),
    },
    {
      key: "figure",
      header: "Figure",
      numeric: true,
      cell: (claim) => <Figure claim={claim} conflicting={conflicting.has(claim.id)} />,
    },
    {
      key: "source",
      header: "Source and claim",
      cell: (claim) => (
        <>
          <div className="cluster-table__source">
            <span className="swatch" style={{ background: colors.get(claim.source) }} aria-hidden="true" />
            {claim.source}
          </div>
          <Link href={claimHref(claim)} className="cluster-table__quote">
            “{claim.exact}”
          </Link>
          <div className="cell-sub">
            <Link href={claimInArticleHref(claim)}>{claim.article.title}</Link>
          </div>
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption="Claims in this cluster, in time order"
      className="cluster-table"
      columns={columns}
      rows={claims}
      rowKey={(claim) => claim.id}
      rowProps={(claim) => (conflicting.has(claim.id) ? { className: "cluster-table__conflict" } : {})}
    />
  );
}
