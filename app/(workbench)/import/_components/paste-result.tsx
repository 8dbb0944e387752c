import Link from "next/link";
import { articleHref, percent, projectHref, reasonLabel, type ImportProject, type PasteOutcome } from "./import-api";

/** Which project an import added its articles to, new or found. */
export function AddedToProject({ project, className }: { project: ImportProject; className?: string }) {
  return (
    <p className={className}>
      Added to the project <Link href={projectHref(project.id)}>{project.name}</Link>.
    </p>
  );
}

/** What became of a pasted article: a link to the new one, or to the copy already stored. */
export function PasteResult({
  outcome,
  pending,
  onForce,
}: {
  outcome: Exclude<PasteOutcome, { kind: "error" }>;
  pending: boolean;
  onForce?: () => void;
}) {
  if (outcome.kind === "created") {
    return (
      <div className="import-result import-result--created">
        <p className="import-result__title">
          Imported: <Link href={articleHref(outcome.id)}>{outcome.title}</Link>
        </p>
        {outcome.nearDuplicate ? (
          <p>
            It is {percent(outcome.nearDuplicate.similarity)} similar to{" "}
            <Link href={articleHref(outcome.nearDuplicate.id)}>an earlier article</Link>, and is flagged as a
            near-duplicate in the article list.
          </p>
        ) : null}
        {outcome.project ? <AddedToProject project={outcome.project} /> : null}
        <p className="import-result__actions">
          <Link className="button button--small" href={articleHref(outcome.id)}>
            Open article
          </Link>
          <Link href={`${articleHref(outcome.id)}/cleaning`}>See what cleaning removed</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="import-result import-result--duplicate">
      <p className="import-result__title">
        Already in the corpus: <Link href={articleHref(outcome.id)}>{outcome.title}</Link>
      </p>
      <p>Matched by {reasonLabel(outcome.reason, outcome.similarity)}. Nothing was stored.</p>
      {outcome.project ? <AddedToProject project={outcome.project} /> : null}
      {onForce ? (
        <p className="import-result__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onForce}
            disabled={pending}
            aria-describedby="force-hint"
          >
            Import anyway
          </button>
          <span id="force-hint" className="field__hint">
            Stores a separate copy, flagged as a near-duplicate of this one.
          </span>
        </p>
      ) : null}
    </div>
  );
}
