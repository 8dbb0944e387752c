import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadAssignment } from "@/lib/assignments/load-assignment";
import { missingAttributes } from "@/lib/projects/required-attributes";
import { ATTRIBUTE_LABELS } from "@/app/(workbench)/projects/_components/project-labels";
import { SubmitAssignmentButton } from "@/app/(workbench)/projects/[id]/_components/queue-buttons";
import { loadProject } from "../../load-project";

export const metadata: Metadata = { title: "Submit assignment" };

/** The confirmation before an assignment is submitted: what goes with it, and what still blocks it. */
export default async function SubmitAssignmentPage({
  params,
}: {
  params: Promise<{ id: string; assignmentId: string }>;
}) {
  const { id, assignmentId } = await params;
  const { actor, project } = await loadProject(id, `/assignments/${assignmentId}`);
  const db = getDb();
  let loaded;
  try {
    loaded = await loadAssignment({ db, actor, assignmentId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const { assignment } = loaded;
  if (assignment.projectId !== project.id || assignment.annotatorId !== actor.id) notFound();
  const [article, claims] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: assignment.articleId }, select: { title: true } }),
    db.claim.findMany({
      where: { assignmentId, authorId: actor.id },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: {
        id: true,
        exact: true,
        kind: true,
        status: true,
        value: true,
        qualifier: true,
        valueMax: true,
        unit: true,
        timeRef: true,
        attributedTo: true,
      },
    }),
  ]);
  const kinds = new Map(project.kinds.map((k) => [k.key, k]));
  const byKind = project.kinds
    .map((k) => ({ kind: k, count: claims.filter((c) => c.kind === k.key).length }))
    .filter((x) => x.count > 0);
  const blocking = claims.flatMap((c) =>
    missingAttributes(kinds.get(c.kind)?.attributes ?? {}, c).map((a) => ({ claim: c, attribute: a })),
  );
  const open = assignment.state === "assigned" || assignment.state === "in_progress";
  const articleHref = `/articles/${encodeURIComponent(assignment.articleId)}?project=${encodeURIComponent(project.id)}&assignment=${encodeURIComponent(assignment.id)}`;
  return (
    <section aria-labelledby="submit-heading" className="submit-summary">
      <Link href={`/projects/${encodeURIComponent(project.id)}`} prefetch={false} className="back-link">
        ← My queue
      </Link>
      <h2 id="submit-heading">Submit &ldquo;{article.title}&rdquo;?</h2>
      <div className="card card--padded">
        <p>
          {claims.length === 0
            ? "You have made no claims in this article. Submitting says it has none worth tagging."
            : `Your ${claims.length === 1 ? "claim goes" : `${claims.length} claims go`} to review with it; you cannot change ${claims.length === 1 ? "it" : "them"} afterwards.`}
        </p>
        {byKind.length ? (
          <ul className="submit-summary__kinds">
            {byKind.map(({ kind, count }) => (
              <li key={kind.key}>
                <span className="kind-swatch" style={{ background: kind.colour }} aria-hidden="true" /> {kind.label}:{" "}
                {count}
              </li>
            ))}
          </ul>
        ) : null}
        {project.guidelinesVersion ? (
          <p className="muted">They are recorded as made under guidelines version {project.guidelinesVersion}.</p>
        ) : null}
        {blocking.length ? (
          <div role="alert" className="alert">
            These must be filled before submitting:
            <ul>
              {blocking.map(({ claim, attribute }) => (
                <li key={`${claim.id}-${attribute}`}>
                  &ldquo;{claim.exact.slice(0, 80)}&rdquo; ({kinds.get(claim.kind)?.label ?? claim.kind}) needs{" "}
                  {ATTRIBUTE_LABELS[attribute].toLowerCase()}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="form-actions form-actions--start">
          {open ? (
            <SubmitAssignmentButton projectId={project.id} assignmentId={assignment.id} claims={claims.length} />
          ) : (
            <p className="notice">This assignment is {assignment.state.replace("_", " ")}.</p>
          )}
          <Link href={articleHref} prefetch={false} className="button button--secondary">
            Back to the article
          </Link>
        </div>
      </div>
    </section>
  );
}
