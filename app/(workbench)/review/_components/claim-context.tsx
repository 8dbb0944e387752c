import Link from "next/link";
import type { QueueItem } from "@/lib/review/list-review-queue";
import { formatDate, formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { KindChip, StatusChip } from "@/app/(workbench)/_components/claim-chips";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
// The kind and status chips are styled there; this component is used outside /claims too.
import "../../claims/claims.css";
import "./claim-context.css";

/** snake_case wire values ("not_enough_evidence") read as words. */
function words(value: string): string {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const decisionWords: Record<string, string> = {
  approve: "Approved",
  reject: "Rejected",
  request_changes: "Changes requested",
};

/**
 * Everything a reviewer weighs for one claim: the passage around it with the claim marked, its
 * attributes, the annotator's verdict, the evidence linked to it and earlier review rounds.
 */
export function ClaimContext({
  item,
  statement = true,
}: {
  item: QueueItem;
  /** False where the statement is shown (and edited) beside this, as in the queue. */
  statement?: boolean;
}) {
  const figure = formatFigure(item);
  const attributes: [string, string | null][] = [
    ["Figure", figure ? `${figure.text}${figure.unit ? ` ${figure.unit}` : ""}` : null],
    ["Time", item.timeRef],
    ["Attributed to", item.attributedTo],
    ...(statement ? [["Statement", item.statement] as [string, string | null]] : []),
    ["Note", item.note],
  ];
  return (
    <div className="claim-context">
      <p className="claim-context__source">
        <Link href={`/articles/${encodeURIComponent(item.article.id)}#claim-${encodeURIComponent(item.id)}`}>
          {item.article.title}
        </Link>
        {item.article.publisher ? <span className="muted"> · {item.article.publisher}</span> : null}
        {item.article.publishedAt ? <span className="muted"> · {formatDate(item.article.publishedAt)}</span> : null}
      </p>
      {item.excerpt ? (
        <blockquote className="claim-context__excerpt">
          {item.excerpt.clippedStart ? "… " : ""}
          {item.excerpt.before}
          <mark className="review-mark">{item.excerpt.match}</mark>
          {item.excerpt.after}
          {item.excerpt.clippedEnd ? " …" : ""}
        </blockquote>
      ) : (
        <div className="alert claim-context__orphan" role="note">
          The article text changed and this quote is no longer at its place: “{item.exact}”. Check it in the article
          before deciding.
        </div>
      )}

      <dl className="claim-context__facts">
        <div>
          <dt>Kind</dt>
          <dd>
            <KindChip kind={item.kind} /> <StatusChip status={item.status} />
          </dd>
        </div>
        {attributes.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value ? undefined : "muted"}>{value ?? "—"}</dd>
          </div>
        ))}
        <div>
          <dt>Annotator</dt>
          <dd>{item.author.name}</dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>
            {item.submittedAt ? (
              <time dateTime={isoDate(item.submittedAt)}>{formatDateTime(item.submittedAt)}</time>
            ) : (
              "—"
            )}
          </dd>
        </div>
      </dl>

      <div className="claim-context__block">
        <h3 className="claim-context__title">Verdict</h3>
        {item.verdict ? (
          <p>
            <span className={`badge verdict verdict--${item.verdict}`}>{words(item.verdict)}</span>
            {item.justification ? <span className="claim-context__justification"> {item.justification}</span> : null}
          </p>
        ) : (
          <p className="muted">No verdict given.</p>
        )}
      </div>

      <div className="claim-context__block">
        <h3 className="claim-context__title">Evidence ({item.evidence.length})</h3>
        {item.evidence.length === 0 ? (
          <p className="muted">No evidence linked.</p>
        ) : (
          <ul className="evidence-list">
            {item.evidence.map((e) => (
              <li key={e.id}>
                <span className={`badge stance stance--${e.stance}`}>{words(e.stance)}</span>{" "}
                {e.targetClaim ? (
                  <>
                    claim “{e.targetClaim.exact}” in{" "}
                    <Link href={`/articles/${encodeURIComponent(e.targetClaim.article.id)}`}>
                      {e.targetClaim.article.title}
                    </Link>
                  </>
                ) : e.url ? (
                  <a href={e.url} rel="noreferrer noopener" target="_blank">
                    {e.title || e.url}
                  </a>
                ) : (
                  <span>{e.title ?? "Source"}</span>
                )}
                {e.publisher ? <span className="muted"> · {e.publisher}</span> : null}
                {e.quote ? <q className="evidence-list__quote">{e.quote}</q> : null}
              </li>
            ))}
          </ul>
        )}
      </div>

      {item.decisions.length > 0 ? (
        <div className="claim-context__block">
          <h3 className="claim-context__title">Review rounds</h3>
          <ul className="rounds">
            {item.decisions.map((d) => (
              <li key={d.id}>
                <strong>{decisionWords[d.decision] ?? d.decision}</strong> by {d.reviewer.name},{" "}
                {formatDateTime(d.createdAt)}
                {d.comment ? <q className="rounds__comment">{d.comment}</q> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
