import type { Metadata } from "next";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { getDb } from "@/lib/db/client";
import { getProjectProgress } from "@/lib/projects/project-progress";
import { loadProject } from "../load-project";
import { ProgressChart } from "./progress-chart";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Project progress" };

function duration(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = ms / 60_000;
  if (minutes < 1) return "under a minute";
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 36) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

export default async function ProjectDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/dashboard", "project.review");
  const progress = await getProjectProgress({ db: getDb(), actor, projectId: project.id });
  const needed = progress.articles.total * project.annotatorsPerArticle;
  const done = progress.perAnnotator.reduce((n, a) => n + a.done, 0);
  return (
    <>
      <dl className="queue-counts card card--padded">
        <div>
          <dt>Articles</dt>
          <dd>{formatNumber(progress.articles.total)}</dd>
        </div>
        <div>
          <dt>Open</dt>
          <dd>{formatNumber(progress.articles.open)}</dd>
        </div>
        <div>
          <dt>Taken</dt>
          <dd>{formatNumber(progress.articles.full)}</dd>
        </div>
        <div>
          <dt>Annotated</dt>
          <dd>{formatNumber(progress.articles.annotated)}</dd>
        </div>
        <div>
          <dt>Adjudicated</dt>
          <dd>{formatNumber(progress.articles.adjudicated)}</dd>
        </div>
        <div>
          <dt>Median time</dt>
          <dd>{duration(progress.medianMs)}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="over-time-heading">
        <div className="section__header">
          <div>
            <h2 id="over-time-heading">Done over time</h2>
            <p className="section__lede">
              {formatNumber(done)} of about {formatNumber(needed)} assignments done ({project.annotatorsPerArticle} per
              article).
            </p>
          </div>
        </div>
        <div className="card card--padded">
          {progress.series.length ? (
            <ProgressChart series={progress.series} goal={needed} />
          ) : (
            <p className="muted">Nothing submitted yet.</p>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="annotators-heading">
        <div className="section__header">
          <h2 id="annotators-heading">Annotators</h2>
        </div>
        <TableWrap label="Annotators">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Annotator</th>
                <th scope="col" className="num">
                  Assigned
                </th>
                <th scope="col" className="num">
                  In progress
                </th>
                <th scope="col" className="num">
                  Done
                </th>
                <th scope="col" className="num">
                  Returned
                </th>
                <th scope="col" className="num">
                  Median per article
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.perAnnotator.length === 0 ? (
                <tr>
                  <td colSpan={6} className="muted">
                    No annotators yet.
                  </td>
                </tr>
              ) : (
                progress.perAnnotator.map((a) => (
                  <tr key={a.userId}>
                    <th scope="row">
                      <div className="cell-title">{a.name}</div>
                      <div className="cell-sub mono">{a.email}</div>
                    </th>
                    <td className="num">{formatNumber(a.assigned)}</td>
                    <td className="num">{formatNumber(a.inProgress)}</td>
                    <td className="num">{formatNumber(a.done)}</td>
                    <td className="num">{formatNumber(a.returned)}</td>
                    <td className="num">{duration(a.medianMs)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </>
  );
}
