import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getReviewItem } from "@/lib/review/list-review-queue";
import { decisionProblem, reopenProblem } from "@/lib/review/workflow";
import { StatusChip } from "@/app/(workbench)/_components/claim-chips";
import { ClaimContext } from "../_components/claim-context";
import { ClaimHistory } from "../_components/claim-history";
import { queueEntries } from "../_components/queue-entries";
import { ReopenForm } from "../_components/reopen-form";
import { ReviewQueue } from "../_components/queue/review-queue";
import "../review.css";

export const metadata: Metadata = { title: "Review record" };

/**
 * One claim's review record: the claim in context, its whole history, and what the viewer may
 * do now (decide on it if it waits and is not theirs, reopen it if it was decided).
 */
export default async function ReviewRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/review/${encodeURIComponent(id)}`, "articles.read");
  const item = await getReviewItem({ db: getDb(), actor, id });
  if (!item) notFound();

  const reviewer = can(actor, "claims.review");
  const decidable =
    reviewer && decisionProblem({ actor, claim: { authorId: item.author.id, status: item.status } }) === null;
  const reopenable = reviewer && reopenProblem({ claim: item }) === null;
  const ownWaiting = item.status === "submitted" && item.author.id === actor.id;
  const single = decidable ? queueEntries([item], new Date()) : null;

  return (
    <>
      <Link href={reviewer ? "/review" : "/dashboard"} className="back-link">
        ← {reviewer ? "Review queue" : "Dashboard"}
      </Link>
      <div className="page-header">
        <div>
          <h1>Review record</h1>
          <p className="page-header__lede">
            <StatusChip status={item.status} />
            {item.reviewer ? <span> Last decided by {item.reviewer.name}.</span> : null}
            {ownWaiting ? <span> This is your claim: another reviewer decides on it.</span> : null}
          </p>
        </div>
        {reopenable ? <ReopenForm claimId={item.id} version={item.version} /> : null}
      </div>

      {single ? (
        <ReviewQueue entries={single.entries} details={single.details} />
      ) : (
        <div className="review-record">
          <section className="card queue-detail" aria-labelledby="record-quote">
            <h2 id="record-quote" className="queue-detail__quote">
              “{item.exact}”
            </h2>
            <ClaimContext item={item} />
          </section>
          <section className="card card--padded">
            <ClaimHistory claimId={item.id} />
          </section>
        </div>
      )}
    </>
  );
}
