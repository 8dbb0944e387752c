import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { getDb } from "@/lib/db/client";
import { listMyQueue } from "@/lib/projects/list-my-queue";
import { ASSIGNMENT_STATE_LABELS } from "../_components/project-labels";
import { NextArticleButton } from "./_components/queue-buttons";
import { loadProject } from "./load-project";
import type { AssignmentState } from "@/lib/projects/vocabulary";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "My queue" };

export default async function ProjectQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ submitted?: string; claims?: string }>;
}) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "");
  const { submitted, claims } = await searchParams;
  const queue = await listMyQueue({ db: getDb(), actor, projectId: project.id });
  const base = `/projects/${encodeURIComponent(project.id)}`;
  const annotates = project.yourRole === "annotator";
  const unreadGuidelines = project.guidelinesVersion !== null && project.requireGuidelinesRead;
  const articleHref = (a: { articleId: string; id: string }) =>
    `/articles/${encodeURIComponent(a.articleId)}?project=${encodeURIComponent(project.id)}&assignment=${encodeURIComponent(a.id)}`;
  return (
    <>
      {submitted ? (
        <div role="status" className="notice form-message">
          Submitted &ldquo;{submitted}&rdquo;{claims ? ` with ${claims === "1" ? "1 claim" : `${claims} claims`}` : ""}.
        </div>
      ) : null}
      <div className="queue-top">
        <dl className="queue-counts card card--padded">
          <div>
            <dt>Assigned</dt>
            <dd>{queue.counts.assigned}</dd>
          </div>
          <div>
            <dt>In progress</dt>
            <dd>{queue.counts.inProgress}</dd>
          </div>
          <div>
            <dt>Done</dt>
            <dd>{queue.counts.submitted}</dd>
          </div>
        </dl>
        {annotates ? (
          <div className="card card--padded queue-next">
            <NextArticleButton projectId={project.id} resumes={queue.open.length > 0} />
            {unreadGuidelines ? (
              <p className="muted">
                New guidelines must be opened first:{" "}
                <Link href={`${base}/guidelines`}>read version {project.guidelinesVersion}</Link>.
              </p>
            ) : null}
          </div>
        ) : (
          <div className="card card--padded queue-next">
            <p className="muted">
              As {project.yourRole === "manager" ? "a manager" : "a reviewer"} you see everyone&rsquo;s work in{" "}
              <Link href={`${base}/matrix`}>Assignments</Link> and <Link href={`${base}/dashboard`}>Progress</Link>.
              Only the project&rsquo;s annotators take articles from the queue.
            </p>
          </div>
        )}
      </div>

      <section className="section" aria-labelledby="open-heading">
        <div className="section__header">
          <h2 id="open-heading">Your open articles</h2>
        </div>
        {queue.open.length === 0 ? (
          <p className="muted">Nothing open. {annotates ? "Press “Next article” to take one." : ""}</p>
        ) : (
          <TableWrap label="Your open articles">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">State</th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                  <th scope="col" className="date">
                    Since
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {queue.open.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={articleHref(a)} prefetch={false} className="cell-title">
                        {a.title}
                      </Link>
                    </td>
                    <td>
                      <span className={`state-badge state-badge--${a.state}`}>
                        {ASSIGNMENT_STATE_LABELS[a.state as AssignmentState]}
                      </span>
                    </td>
                    <td className="num">{a.claimCount}</td>
                    <td className="date">
                      <time dateTime={isoDate(a.assignedAt)}>{formatDate(a.assignedAt)}</time>
                    </td>
                    <td>
                      <Link
                        href={`${base}/assignments/${encodeURIComponent(a.id)}`}
                        prefetch={false}
                        className="button button--secondary button--small"
                      >
                        Submit…
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {queue.done.length ? (
        <section className="section" aria-labelledby="done-heading">
          <div className="section__header">
            <h2 id="done-heading">Recently done</h2>
          </div>
          <ul className="done-list">
            {queue.done.map((a) => (
              <li key={a.id}>
                <Link href={articleHref(a)} prefetch={false}>
                  {a.title}
                </Link>{" "}
                <span className="muted">
                  · {a.claimCount === 1 ? "1 claim" : `${a.claimCount} claims`}
                  {a.submittedAt ? (
                    <>
                      {" "}
                      · <time dateTime={isoDate(a.submittedAt)}>{formatDate(a.submittedAt)}</time>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
