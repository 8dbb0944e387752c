import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { getProjectContext } from "../_components/current-project";
import { CreateProjectForm } from "./_components/create-project-form";
import { ROLE_LABELS } from "./_components/project-labels";
import "./projects.css";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const actor = await requireActor("/projects", "articles.read");
  const { projects, current } = await getProjectContext(actor);
  const canCreate = can(actor, "projects.create");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Projects</h1>
          <p className="page-header__lede">
            Each project is one dataset under construction: its own kinds of claim, guidelines and team.
          </p>
        </div>
      </div>

      {projects.length === 0 ? (
        <div className="empty-state card card--padded">
          <p className="empty-state__title">You are not in any project yet.</p>
          <p className="muted">Ask a project manager to add you.</p>
        </div>
      ) : (
        <ul className="project-cards">
          {projects.map((p) => (
            <li key={p.id} className="card card--padded project-card">
              <div className="project-card__head">
                <h2 className="project-card__name">
                  <Link href={`/projects/${p.id}`} prefetch={false}>
                    {p.name}
                  </Link>
                </h2>
                {p.id === current?.id ? <span className="badge badge--success">current</span> : null}
                <span className="badge badge--neutral">{p.yourRole ? ROLE_LABELS[p.yourRole] : null}</span>
              </div>
              {p.description ? <p className="project-card__description">{p.description}</p> : null}
              <p className="muted project-card__facts">
                {p.articleCount} article{p.articleCount === 1 ? "" : "s"} ·{" "}
                {p.annotatorsPerArticle === 1
                  ? "one annotator per article"
                  : `${p.annotatorsPerArticle} annotators per article`}
                {p.blind ? " · blind" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}

      {canCreate ? (
        <section className="section" aria-labelledby="create-project-heading">
          <div className="section__header">
            <div>
              <h2 id="create-project-heading">New project</h2>
              <p className="section__lede">
                It starts with today&rsquo;s six kinds and AVeriTeC&rsquo;s four verdicts; change them in its schema.
                You become its manager.
              </p>
            </div>
          </div>
          <div className="card card--padded">
            <CreateProjectForm />
          </div>
        </section>
      ) : null}
    </>
  );
}
