import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { databaseProvider, getDb } from "@/lib/db/client";
import { listClusters } from "@/lib/evidence/list-clusters";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { getClaimScope } from "@/app/(workbench)/_components/current-project";
import { CreateClusterForm } from "./_components/create-cluster-form";
import "./clusters.css";

export const metadata: Metadata = { title: "Clusters" };

type ClusterRow = Awaited<ReturnType<typeof listClusters>>["items"][number];

const clusterColumns: Column<ClusterRow>[] = [
  {
    key: "name",
    header: "Cluster",
    className: "col-main",
    cell: (cluster) => (
      <>
        <div className="cell-title">
          <Link href={`/clusters/${encodeURIComponent(cluster.id)}`}>{cluster.name}</Link>
        </div>
        {cluster.description ? <div className="cell-sub">{cluster.description}</div> : null}
      </>
    ),
  },
  { key: "claims", header: "Claims", numeric: true, cell: (cluster) => formatNumber(cluster.claimCount) },
  { key: "createdBy", header: "Created by", cellClassName: "nowrap", cell: (cluster) => cluster.createdBy.name },
  {
    key: "created",
    header: "Created",
    className: "date",
    cell: (cluster) => <time dateTime={isoDate(cluster.createdAt)}>{formatDate(cluster.createdAt)}</time>,
  },
];

export default async function ClustersPage() {
  const actor = await requireActor("/clusters", "articles.read");
  const { projectId } = await getClaimScope(actor);
  const { items } = projectId
    ? await listClusters({ db: getDb(), actor, projectId, provider: databaseProvider() })
    : { items: [] };
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
        <DataTable
          caption="All clusters"
          wrapClassName="section-gap"
          columns={clusterColumns}
          rows={items}
          rowKey={(cluster) => cluster.id}
        />
      )}
    </>
  );
}
