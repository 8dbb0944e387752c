import type { ReactNode } from "react";
import { ROLE_LABELS } from "../_components/project-labels";
import { ProjectTabs } from "./_components/project-tabs";
import { loadProject } from "./load-project";
import "../projects.css";

/** A project's header and sections; each page still loads (and checks) the project itself. */
export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const { project, can } = await loadProject(id, "");
  const base = `/projects/${encodeURIComponent(project.id)}`;
  const manager = can("project.manage");
  const reviewer = can("project.review");
  const tabs = [
    { href: base, label: "My queue" },
    { href: `${base}/guidelines`, label: "Guidelines" },
    ...(project.yourRole === "annotator" ? [{ href: `${base}/my-changes`, label: "What changed" }] : []),
    ...(reviewer
      ? [
          { href: `${base}/matrix`, label: "Assignments" },
          { href: `${base}/dashboard`, label: "Progress" },
          { href: `${base}/agreement`, label: "Agreement" },
          { href: `${base}/adjudication`, label: "Adjudication" },
        ]
      : []),
    ...(manager
      ? [
          { href: `${base}/schema`, label: "Schema" },
          { href: `${base}/members`, label: "Members" },
          { href: `${base}/settings`, label: "Settings" },
        ]
      : []),
  ];
  return (
    <>
      <div className="project-head">
        <p className="project-head__eyebrow muted">
          Project · {ROLE_LABELS[project.yourRole]}
          {project.archivedAt ? " · archived" : ""}
        </p>
        <h1 className="project-head__name">{project.name}</h1>
        <p className="muted project-head__facts">
          {project.annotatorsPerArticle === 1
            ? "One annotator per article"
            : `${project.annotatorsPerArticle} annotators per article`}
          {project.blind ? " · blind" : ""} ·{" "}
          {project.assignmentMode === "manual" ? "assigned by managers" : "taken from the queue"}
          {project.licence ? ` · ${project.licence}` : ""}
        </p>
      </div>
      <ProjectTabs items={tabs} />
      <div className="project-body">{children}</div>
    </>
  );
}
