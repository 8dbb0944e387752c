import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/app/(workbench)/_components/pagination";
import { getDb } from "@/lib/db/client";
import { getAssignmentMatrix } from "@/lib/projects/assignment-matrix";
import { loadProject } from "../load-project";
import { MatrixCell } from "./matrix-cell";
import { AddArticlesForm, BulkAssignForm } from "./matrix-forms";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Assignments" };

const ARTICLE_STATE: Record<string, string> = {
  open: "Open",
  full: "Taken",
  annotated: "Annotated",
  adjudicated: "Adjudicated",
};

export default async function MatrixPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string; q?: string }>;
}) {
  const { id } = await params;
  const { actor, project, can } = await loadProject(id, "/matrix", "project.review");
  const sp = await searchParams;
  const page = Math.max(1, Math.min(1_000_000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const q = sp.q?.trim().slice(0, 200) || undefined;
  const matrix = await getAssignmentMatrix({ db: getDb(), actor, projectId: project.id, page, q });
  const manage = can("project.manage");
  const base = `/projects/${encodeURIComponent(project.id)}/matrix`;
  const hrefFor = (p: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <>
      <section aria-labelledby="matrix-heading">
        <div className="section__header">
          <div>
            <h2 id="matrix-heading">Assignment matrix</h2>
            <p className="section__lede">
              {matrix.total} article{matrix.total === 1 ? "" : "s"} × {matrix.annotators.length} annotator
              {matrix.annotators.length === 1 ? "" : "s"}.{manage ? " Click a cell to assign, return or move." : ""}
            </p>
          </div>
          <form method="get" action={base} className="search-form" role="search">
            <label htmlFor="matrix-q" className="visually-hidden">
              Find articles
            </label>
            <input
              id="matrix-q"
              name="q"
              type="search"
              className="input"
              placeholder="Title contains…"
              defaultValue={q}
            />
            <button type="submit" className="button button--secondary">
              Find
            </button>
          </form>
        </div>
        {matrix.rows.length === 0 ? (
          <div className="empty-state card card--padded">
            <p className="empty-state__title">{q ? "No article matches." : "No articles in this project yet."}</p>
            {manage && !q ? <p className="muted">Add some below.</p> : null}
          </div>
        ) : (
          <TableWrap className="matrix-wrap" label="Assignment matrix">
            <table className="table matrix">
              <caption className="visually-hidden">Articles by annotator, with the state of each assignment</caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">State</th>
                  {matrix.annotators.map((a) => (
                    <th key={a.userId} scope="col" className="matrix__annotator" title={a.email}>
                      {a.name}
                      <span className="cell-sub">{a.holding} held</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((r) => (
                  <tr key={r.articleId}>
                    <th scope="row" className="matrix__article">
                      <Link
                        href={`/articles/${encodeURIComponent(r.articleId)}?project=${encodeURIComponent(project.id)}`}
                        prefetch={false}
                      >
                        {r.title}
                      </Link>
                    </th>
                    <td className="matrix__state">
                      {ARTICLE_STATE[r.state] ?? r.state}
                      <span className="cell-sub">
                        {r.submitted}/{r.target} done
                      </span>
                    </td>
                    {r.cells.map((cell, i) => {
                      const annotator = matrix.annotators[i];
                      return (
                        <td key={annotator.userId} className="matrix__cell">
                          <MatrixCell
                            projectId={project.id}
                            articleId={r.articleId}
                            articleTitle={r.title}
                            annotator={{ userId: annotator.userId, name: annotator.name }}
                            others={matrix.annotators
                              .filter((o, j) => o.userId !== annotator.userId && !r.cells[j])
                              .map((o) => ({ userId: o.userId, name: o.name }))}
                            cell={cell}
                            manage={manage}
                            full={r.active >= r.target}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <Pagination page={matrix.page} pages={matrix.pages} hrefFor={hrefFor} />
      </section>

      {manage ? (
        <>
          <section className="section" aria-labelledby="bulk-heading">
            <div className="section__header">
              <h2 id="bulk-heading">Assign from a CSV</h2>
            </div>
            <div className="card card--padded">
              <BulkAssignForm projectId={project.id} />
            </div>
          </section>
          <section className="section" aria-labelledby="add-articles-heading">
            <div className="section__header">
              <h2 id="add-articles-heading">Add articles from the library</h2>
            </div>
            <div className="card card--padded">
              <AddArticlesForm projectId={project.id} />
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
