import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { listSentBack } from "@/lib/review/list-sent-back";
import { listOwnDuplicates } from "@/lib/claims/list-own-duplicates";
import { DuplicateGroups } from "./duplicate-groups";
import { formatDateTime } from "@/app/(workbench)/_components/format/dates";
import { KindChip } from "@/app/(workbench)/_components/claim-chips";
import { claimHref, claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import "./sent-back.css";

export const metadata: Metadata = { title: "Sent back to you" };

/**
 * The caller's claims a reviewer sent back, each with the reviewer's comment and links straight
 * to it; below, any span the caller tagged more than once, to merge.
 */
export default async function SentBackPage() {
  const actor = await requireActor("/sent-back", "claims.write");
  const db = getDb();
  const [{ items }, duplicates] = await Promise.all([listSentBack({ db, actor }), listOwnDuplicates({ db, actor })]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Sent back to you</h1>
          <p className="page-header__lede">
            Claims of yours a reviewer asked you to change. Open one, fix it, and submit it again.
          </p>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="card card--padded muted">Nothing is waiting for you: no claim of yours has been sent back.</p>
      ) : (
        <ol className="sent-back-list" aria-label="Claims sent back to you">
          {items.map((item) => (
            <li key={item.id} className="card sent-back-item">
              <p className="sent-back-item__quote">
                <KindChip kind={item.kind} /> <Link href={claimInArticleHref(item)}>“{item.exact}”</Link>
              </p>
              <p className="muted">
                In {item.article.title}
                {item.project.id === DEFAULT_PROJECT_ID ? "" : ` (${item.project.name})`} · sent back
                {item.reviewer ? ` by ${item.reviewer}` : ""} on {formatDateTime(item.sentBackAt)}
                {item.decision && item.decision !== "request_changes" ? " (reopened after a decision)" : ""}
              </p>
              {item.comment && item.decision === "request_changes" ? (
                <blockquote className="sent-back-item__comment">{item.comment}</blockquote>
              ) : null}
              <p className="sent-back-item__links">
                <Link href={claimInArticleHref(item)}>Open in the article</Link>
                <Link href={claimHref(item)}>Claim page and review history</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <DuplicateGroups groups={duplicates.groups} />
    </>
  );
}
