import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getCluster } from "@/lib/evidence/get-cluster";
import { listProjectKinds } from "@/lib/projects/list-project-kinds";
import { AppError } from "@/lib/errors";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { AddClaims } from "./_components/add-claims";
import { ClusterTable } from "./_components/cluster-table";
import { chartPoints, describeConflicts, sourceColors } from "./_components/cluster-view";
import { TimelineChart } from "./_components/timeline-chart";
import "@/app/(workbench)/_components/evidence-ui.css";
import "../clusters.css";

type Params = Promise<{ id: string }>;

const loadCluster = cache(async (id: string) => {
  const actor = await getCurrentActor();
  if (!actor) notFound();
  try {
    return await getCluster({ db: getDb(), actor, id });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getCurrentActor();
  if (!actor || !can(actor, "articles.read")) return { title: "Cluster" };
  return { title: (await loadCluster((await params).id)).name };
}

export default async function ClusterPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor(`/clusters/${encodeURIComponent(id)}`, "articles.read");
  const cluster = await loadCluster(id);
  const kinds = await listProjectKinds({ db: getDb(), projectId: cluster.projectId });
  const colors = sourceColors(cluster.claims);
  const points = chartPoints(cluster, colors);
  const conflicts = describeConflicts(cluster);
  const conflicting = new Set(cluster.conflicts.flatMap((c) => c.claimIds));
  const unplotted = cluster.claims.length - points.length;
  const tolerance = `${Math.round(cluster.tolerance * 100)}%`;

  return (
    <>
      <Link href="/clusters" className="back-link">
        ← All clusters
      </Link>
      <div className="page-header">
        <div>
          <h1>{cluster.name}</h1>
          <p className="page-header__lede">
            {cluster.description ? `${cluster.description} · ` : null}
            {formatNumber(cluster.claimCount)} claim{cluster.claimCount === 1 ? "" : "s"} stating the same fact
          </p>
        </div>
      </div>

      {conflicts.length > 0 ? (
        <div className="conflict-alert" role="region" aria-label="Conflicts">
          <p className="conflict-alert__title">
            ⚠ {conflicts.length} conflict{conflicts.length === 1 ? "" : "s"} between figures for the same period
          </p>
          <ul>
            {conflicts.map((c) => (
              <li key={c.key}>
                <strong>{c.severity === "contradiction" ? "Contradiction" : "Conflicting figures"}</strong> — {c.text}
              </li>
            ))}
          </ul>
          <p className="conflict-alert__rule">
            Claims are compared within the month their figure refers to (the claim’s time reference, else its article’s
            date). A pair is flagged when the figures they state differ by more than {tolerance}; “more than” and “at
            least” are read as lower bounds, “up to” as an upper bound, “about” as ±{tolerance}.
          </p>
        </div>
      ) : null}

      {cluster.claims.length === 0 ? (
        <div className="card empty-state">
          <p className="empty-state__title">No claims in this cluster yet.</p>
          <p>Add claims that state this fact below, or from a claim’s own page.</p>
        </div>
      ) : (
        <div className="cluster-view">
          <figure className="card card--padded cluster-chart">
            <TimelineChart
              points={points}
              title={`${cluster.name}: stated figures over time`}
              description={`${points.length} figures from ${colors.size} sources, from ${points[0]?.when ?? "?"} to ${points.at(-1)?.when ?? "?"}. The table beside lists the same claims.`}
            />
            <figcaption className="chart-legend">
              <ul className="chart-legend__sources" aria-label="Sources">
                {[...colors.entries()].map(([source, color]) => (
                  <li key={source}>
                    <span className="swatch" style={{ background: color }} aria-hidden="true" />
                    {source}
                  </li>
                ))}
              </ul>
              <p className="chart-legend__marks">
                <span>↑ more than / at least</span>
                <span>↓ up to</span>
                <span>┃ range</span>
                <span>⟂ about (±10%)</span>
                <span className="chart-legend__conflict">◌ conflicting figures</span>
              </p>
              {unplotted > 0 ? (
                <p className="muted">{unplotted} claim(s) without a figure or date are listed in the table only.</p>
              ) : null}
            </figcaption>
          </figure>
          <ClusterTable claims={cluster.claims} colors={colors} conflicting={conflicting} />
        </div>
      )}

      {can(actor, "claims.write") ? (
        <section className="section" aria-labelledby="add-heading">
          <h2 id="add-heading" className="cluster-section__title">
            Add claims
          </h2>
          <AddClaims
            clusterId={cluster.id}
            projectId={cluster.projectId}
            memberIds={cluster.claims.map((c) => c.id)}
            kinds={kinds}
          />
        </section>
      ) : null}
    </>
  );
}
