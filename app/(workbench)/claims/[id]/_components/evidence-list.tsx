import Link from "next/link";
import type { Actor } from "@/lib/auth/permissions";
import { evidenceDeleteProblem } from "@/lib/evidence/evidence-access";
import type { EvidenceWire } from "@/lib/evidence/evidence-wire";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";
import { claimHref, claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { DeleteLinkButton } from "./delete-link-button";
import { StanceChip } from "./evidence-labels";

function LinkedClaim({ claim }: { claim: NonNullable<EvidenceWire["linkedClaim"]> }) {
  const figure = formatFigure(claim);
  return (
    <div className="evidence__body">
      <Link href={claimHref(claim)} className="evidence__title">
        “{claim.exact}”
      </Link>
      <div className="evidence__meta">
        {figure ? <strong>{figure.text}</strong> : null}
        <span>
          in <Link href={claimInArticleHref(claim)}>{claim.article.title}</Link>
        </span>
        {claim.article.publisher ? <span>{claim.article.publisher}</span> : null}
        {claim.article.publishedAt ? (
          <time dateTime={isoDate(claim.article.publishedAt)}>{formatDate(claim.article.publishedAt)}</time>
        ) : null}
      </div>
    </div>
  );
}

function ExternalSource({ link }: { link: EvidenceWire }) {
  const host = link.url ? new URL(link.url).host : "";
  return (
    <div className="evidence__body">
      <a href={link.url ?? undefined} className="evidence__title" rel="noopener noreferrer" target="_blank">
        {link.title ?? link.url}
      </a>
      <div className="evidence__meta">
        <span>{link.publisher ?? host}</span>
        {link.publishedAt ? (
          <span>
            published <time dateTime={isoDate(link.publishedAt)}>{formatDate(link.publishedAt)}</time>
          </span>
        ) : null}
        {link.accessedAt ? (
          <span>
            accessed <time dateTime={isoDate(link.accessedAt)}>{formatDate(link.accessedAt)}</time>
          </span>
        ) : null}
      </div>
      {link.quote ? <blockquote className="evidence__quote">“{link.quote}”</blockquote> : null}
    </div>
  );
}

/** One direction of a claim's evidence, each link with its stance, note, author and delete button. */
export function EvidenceList({
  links,
  actor,
  empty,
  label,
}: {
  links: EvidenceWire[];
  actor: Pick<Actor, "id" | "role"> & { canWrite: boolean };
  empty: string;
  label: string;
}) {
  if (links.length === 0) return <p className="muted evidence-empty">{empty}</p>;
  return (
    <ul className="evidence" aria-label={label}>
      {links.map((link) => {
        const what = link.linkedClaim ? `“${link.linkedClaim.exact}”` : (link.title ?? link.url ?? "source");
        return (
          <li key={link.id} className="evidence__item card">
            <div className="evidence__head">
              <StanceChip stance={link.stance} />
              <span className="evidence__kind">
                {link.linkedClaim
                  ? link.direction === "incoming"
                    ? "Claim linking here"
                    : "Claim"
                  : "External source"}
              </span>
              {actor.canWrite && evidenceDeleteProblem({ actor, link }) === null ? (
                <DeleteLinkButton evidenceId={link.id} what={what} />
              ) : null}
            </div>
            {link.linkedClaim ? <LinkedClaim claim={link.linkedClaim} /> : <ExternalSource link={link} />}
            {link.note ? <p className="evidence__note">{link.note}</p> : null}
            <p className="evidence__by">
              Linked by {link.createdBy.name} on{" "}
              <time dateTime={isoDate(link.createdAt)}>{formatDate(link.createdAt)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
