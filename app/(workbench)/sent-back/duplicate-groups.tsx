import Link from "next/link";
import type { listOwnDuplicates } from "@/lib/claims/list-own-duplicates";
import { formatDateTime } from "@/app/(workbench)/_components/format/dates";
import { KindChip, StatusChip } from "@/app/(workbench)/_components/claim-chips";
import { claimHref, claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { MergeButton } from "./merge-button";

type Groups = Awaited<ReturnType<typeof listOwnDuplicates>>["groups"];

/** The caller's spans tagged more than once: the oldest claim to keep, the others to merge into it. */
export function DuplicateGroups({ groups }: { groups: Groups }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-heading" className="section">
      <h2 id="duplicates-heading">Tagged twice</h2>
      <p className="muted">
        You tagged each of these spans more than once (before a second identical claim was refused). Merge each copy
        into the first: what the copy fills that the first leaves empty, and its evidence links, move to the first, and
        the copy is deleted.
      </p>
      <ol className="sent-back-list" aria-label="Spans you tagged more than once">
        {groups.map(({ key, claims }) => {
          const first = claims[0];
          if (!first) return null;
          return (
            <li key={key} className="card sent-back-item">
              <p className="sent-back-item__quote">
                “{first.exact}” <span className="muted">in {first.article.title}</span>
              </p>
              <ul className="duplicate-claims">
                {claims.map((c, i) => (
                  <li key={c.id}>
                    <KindChip kind={c.kind} /> <StatusChip status={c.status} />{" "}
                    <Link href={claimHref(c)}>{i === 0 ? "The first (keep)" : `Copy ${i}`}</Link> · made{" "}
                    {formatDateTime(c.createdAt)} · <Link href={claimInArticleHref(c)}>in the article</Link>
                    {i > 0 ? (
                      <>
                        {" "}
                        <MergeButton keep={first} copy={c} label={`Merge copy ${i} into the first`} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
