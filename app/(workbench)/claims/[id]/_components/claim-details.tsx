import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimContext } from "@/lib/evidence/get-claim-context";
import { claimDate } from "@/lib/evidence/claim-date";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { formatClaimDate } from "@/app/(workbench)/_components/format/dates";

/** The claim in its article: the surrounding text with the claim highlighted, and a link to read on. */
export function ClaimExcerpt({ claim }: { claim: ClaimContext }) {
  const { excerpt } = claim;
  return (
    <figure className="claim-excerpt card card--padded">
      <blockquote className="claim-excerpt__text">
        {excerpt.cutBefore ? "… " : null}
        {excerpt.before}
        <mark className="claim-excerpt__mark">{excerpt.exact}</mark>
        {excerpt.after}
        {excerpt.cutAfter ? " …" : null}
      </blockquote>
      <figcaption className="claim-excerpt__caption">
        {excerpt.anchored ? null : (
          <span className="badge badge--neutral">Not found in the current text; shown as quoted</span>
        )}
        <Link href={claimInArticleHref(claim)}>Read it in “{claim.article.title}”</Link>
      </figcaption>
    </figure>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const none = <span className="muted">—</span>;

/** The claim's attributes and where it comes from. */
export function ClaimAttributes({ claim }: { claim: ClaimContext }) {
  const figure = formatFigure(claim);
  const when = claimDate(claim, claim.article);
  const { article } = claim;
  return (
    <dl className="details card card--padded">
      <Row label="Figure">
        {figure ? (
          <>
            <strong aria-hidden="true">{figure.text}</strong>
            <span className="visually-hidden">{figure.spoken}</span>
            {figure.unit ? ` ${figure.unit}` : null}
          </>
        ) : (
          none
        )}
      </Row>
      <Row label="Time reference">{claim.timeRef ?? none}</Row>
      <Row label="Dated on the timeline">
        {when ? (
          <>
            <time dateTime={isoDate(when.date)}>{formatClaimDate(when.date, when.precision)}</time>{" "}
            <span className="muted">
              ({when.source === "timeRef" ? "from the time reference" : "the article’s date"})
            </span>
          </>
        ) : (
          none
        )}
      </Row>
      <Row label="Attributed to">{claim.attributedTo ?? none}</Row>
      <Row label="Statement">{claim.statement ?? none}</Row>
      <Row label="Article">
        <Link href={`/articles/${encodeURIComponent(article.id)}`}>{article.title}</Link>
        <div className="cell-sub">
          {[
            article.publisher,
            article.author ? `by ${article.author}` : null,
            article.publishedAt ? formatDate(article.publishedAt) : null,
          ]
            .filter(Boolean)
            .join(" · ") || "No publisher or date"}
        </div>
      </Row>
      <Row label="Original source">
        {article.url ? (
          <a href={article.url} rel="noopener noreferrer" target="_blank" className="break-all">
            {article.url}
          </a>
        ) : (
          none
        )}
      </Row>
      <Row label="Annotator">{claim.author.name}</Row>
      {claim.note ? <Row label="Note">{claim.note}</Row> : null}
    </dl>
  );
}
