import Link from "next/link";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { claimHref, claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { whenText, type ClusterClaim } from "./cluster-view";

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
  return (
    <div className="table-wrap">
      <table className="table cluster-table">
        <caption className="visually-hidden">Claims in this cluster, in time order</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Source and claim</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => {
            const figure = formatFigure(claim);
            return (
              <tr key={claim.id} className={conflicting.has(claim.id) ? "cluster-table__conflict" : undefined}>
                <td className="date">
                  {whenText(claim)}
                  <div className="cell-sub">
                    {claim.dateSource === "timeRef"
                      ? "time reference"
                      : claim.dateSource === "article"
                        ? "article date"
                        : "no date"}
                  </div>
                </td>
                <td className="num">
                  {figure ? (
                    <>
                      <span aria-hidden="true">{figure.text}</span>
                      <span className="visually-hidden">{figure.spoken}</span>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                  {conflicting.has(claim.id) ? <div className="cluster-table__flag">⚠ conflict</div> : null}
                </td>
                <td>
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
