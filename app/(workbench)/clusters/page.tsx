import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { databaseProvider, getDb } from "@/lib/db/client";
import { listClusters } from "@/lib/evidence/list-clusters";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { CreateClusterForm } from "./_components/create-cluster-form";
import "./clusters.css";

export const metadata: Metadata = { title: "Clusters" };

export default async function ClustersPage() {
  const actor = await requireActor("/clusters", "articles.read");
  const { items } = await listClusters({ db: getDb(), provider: databaseProvider() });
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Clusters</h1>
          <p className="page-header__lede">Claims that state the same fact across articles, side by side in time.</p>
        </div>
      </div>
      {can(actor, "claims.write") ? (
        <div className="card card--padded section-gap cluster-create">
          <CreateClusterForm />
        </div>
      ) : null}
      {items.length === 0 ? (
        <div className="card empty-state section-gap">
          <p className="empty-state__title">No clusters yet.</p>
          <p>Create one above, or group a claim from its own page.</p>
        </div>
      ) : (
        <div className="table-wrap section-gap">
          <table className="table">
            <caption className="visually-hidden">All clusters</caption>
            <thead>
              <tr>
                <th scope="col" className="col-main">
                  Cluster
                </th>
                <th scope="col" className="num">
                  Claims
                </th>
                <th scope="col">Created by</th>
                <th scope="col" className="date">
                  Created
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((cluster) => (
                <tr key={cluster.id}>
                  <td className="col-main">
                    <div className="cell-title">
                      <Link href={`/clusters/${encodeURIComponent(cluster.id)}`}>{cluster.name}</Link>
                    </div>
                    {cluster.description ? <div className="cell-sub">{cluster.description}</div> : null}
                  </td>
                  <td className="num">{formatNumber(cluster.claimCount)}</td>
                  <td className="nowrap">{cluster.createdBy.name}</td>
                  <td className="date">
                    <time dateTime={isoDate(cluster.createdAt)}>{formatDate(cluster.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
