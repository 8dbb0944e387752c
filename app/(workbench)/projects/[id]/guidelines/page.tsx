import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { getDb } from "@/lib/db/client";
import { getGuidelines } from "@/lib/projects/get-guidelines";
import { listGuidelines } from "@/lib/projects/list-guidelines";
import { Markdown } from "../../_components/markdown";
import { loadProject } from "../load-project";
import { GuidelinesEditor } from "./guidelines-editor";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Guidelines" };

export default async function GuidelinesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ v?: string; saved?: string }>;
}) {
  const { id } = await params;
  const { actor, project, can } = await loadProject(id, "/guidelines");
  const { v, saved } = await searchParams;
  const asked = v && /^\d{1,9}$/.test(v) ? Number(v) : undefined;
  const db = getDb();
  const [{ items: versions }, shown] = await Promise.all([
    listGuidelines({ db, actor, projectId: project.id }),
    getGuidelines({ db, actor, projectId: project.id, number: asked, markSeen: true }).catch(() => null),
  ]);
  const latest = versions[0]?.number ?? 0;
  const base = `/projects/${encodeURIComponent(project.id)}/guidelines`;
  return (
    <>
      {saved ? (
        <div role="status" className="notice form-message">
          Saved as version {saved}.
        </div>
      ) : null}
      <section aria-labelledby="guidelines-heading">
        <div className="section__header">
          <div>
            <h2 id="guidelines-heading">
              Guidelines{shown ? ` · version ${shown.number}` : ""}
              {shown && shown.number !== latest ? <span className="badge badge--neutral">older version</span> : null}
            </h2>
            {shown ? (
              <p className="section__lede">
                {shown.author?.name ?? "Someone"},{" "}
                <time dateTime={isoDate(shown.createdAt)}>{formatDate(shown.createdAt)}</time>
                {shown.changeNote ? ` — ${shown.changeNote}` : ""}
              </p>
            ) : null}
          </div>
        </div>
        <div className="card card--padded">
          {shown ? (
            <Markdown text={shown.markdown} />
          ) : (
            <p className="muted">{asked ? `There is no version ${asked}.` : "No guidelines have been written yet."}</p>
          )}
        </div>
      </section>

      {project.kinds.length ? (
        <section className="section" aria-labelledby="kinds-heading">
          <div className="section__header">
            <h2 id="kinds-heading">Kinds of claim</h2>
          </div>
          <dl className="kind-definitions card card--padded">
            {project.kinds.map((k) => (
              <div key={k.id} className="kind-definitions__item">
                <dt>
                  <span className="kind-swatch" style={{ background: k.colour }} aria-hidden="true" /> {k.label}
                  {k.shortcut ? <kbd>{k.shortcut}</kbd> : null}
                </dt>
                <dd>
                  {k.definition || <span className="muted">No definition yet.</span>}
                  {k.examples.length ? (
                    <ul className="kind-definitions__examples">
                      {k.examples.map((e) => (
                        <li key={e}>&ldquo;{e}&rdquo;</li>
                      ))}
                    </ul>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {versions.length ? (
        <section className="section" aria-labelledby="versions-heading">
          <div className="section__header">
            <h2 id="versions-heading">Versions</h2>
          </div>
          {versions.length > 1 ? (
            <form action={`${base}/compare`} className="inline-form compare-form">
              <label htmlFor="compare-from">Compare version</label>
              <select id="compare-from" name="from" className="select select--small" defaultValue={versions[1].number}>
                {versions.map((x) => (
                  <option key={x.number} value={x.number}>
                    {x.number}
                  </option>
                ))}
              </select>
              <label htmlFor="compare-to">with</label>
              <select id="compare-to" name="to" className="select select--small" defaultValue={versions[0].number}>
                {versions.map((x) => (
                  <option key={x.number} value={x.number}>
                    {x.number}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--secondary button--small">
                Compare
              </button>
            </form>
          ) : null}
          <TableWrap label="Guideline versions">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Version
                  </th>
                  <th scope="col">Change note</th>
                  <th scope="col">Author</th>
                  <th scope="col" className="date">
                    Saved
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Links</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((x) => (
                  <tr key={x.number}>
                    <td className="num">{x.number}</td>
                    <td>{x.changeNote || <span className="muted">—</span>}</td>
                    <td>{x.author?.name ?? "—"}</td>
                    <td className="date">
                      <time dateTime={isoDate(x.createdAt)}>{formatDate(x.createdAt)}</time>
                    </td>
                    <td>
                      <div className="row-actions">
                        <Link href={`${base}?v=${x.number}`} prefetch={false}>
                          View
                        </Link>
                        {x.number > 1 ? (
                          <Link href={`${base}/compare?from=${x.number - 1}&to=${x.number}`} prefetch={false}>
                            Changes
                          </Link>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}

      {can("project.manage") ? (
        <section className="section" aria-labelledby="edit-guidelines-heading">
          <div className="section__header">
            <div>
              <h2 id="edit-guidelines-heading">{latest ? "Write a new version" : "Write the guidelines"}</h2>
              <p className="section__lede">
                Each save is a new version; annotators see which version their claims were made under.
              </p>
            </div>
          </div>
          <div className="card card--padded">
            <GuidelinesEditor
              key={latest}
              projectId={project.id}
              baseVersion={latest}
              markdown={
                (latest && shown?.number === latest
                  ? shown.markdown
                  : (await getGuidelines({ db, actor, projectId: project.id }))?.markdown) ?? ""
              }
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
