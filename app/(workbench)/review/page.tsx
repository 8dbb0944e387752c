import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { listReviewQueue, queueFilterOptions } from "@/lib/review/list-review-queue";
import { ReviewQueueQuery } from "@/lib/review/schema";
import { listProjectKinds, unknownKindProblem } from "@/lib/projects/list-project-kinds";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { getClaimScope } from "@/app/(workbench)/_components/current-project";
import { QueueFilters } from "./_components/queue-filters";
import { queueEntries } from "./_components/queue-entries";
import { QueueCount } from "./_components/queue/queue-count";
import { ReviewQueue } from "./_components/queue/review-queue";
import "./review.css";

export const metadata: Metadata = { title: "Review" };

/** The reviewer queue: submitted claims, oldest first, decided from the keyboard. */
export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const values = {
    articleId: firstParam(raw.articleId),
    kind: firstParam(raw.kind),
    authorId: firstParam(raw.authorId),
    claim: firstParam(raw.claim),
  };
  const query = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => !!e[1])).toString();
  const actor = await requireActor(`/review${query ? `?${query}` : ""}`, "claims.review");
  const parsed = ReviewQueueQuery.safeParse(values);
  const filters = parsed.success ? parsed.data : {};

  const db = getDb();
  // The header's current project, and in it the claims the caller may see.
  const { visible, projectId } = await getClaimScope(actor);
  // Kinds are the project's: a link may name one this project does not have.
  const kinds = projectId ? await listProjectKinds({ db, projectId }) : [];
  const unknownKind = filters.kind ? unknownKindProblem(kinds, filters.kind) : null;
  const [queue, options] = await Promise.all([
    listReviewQueue({ db, actor, query: filters, visible }),
    queueFilterOptions({ db, actor, visible }),
  ]);
  const { entries, details } = queueEntries(queue.items, new Date());
  const filtered = !!(filters.articleId || filters.kind || filters.authorId);

  return (
    <QueueCount total={queue.total} loaded={queue.items.length} filtered={filtered} ownWaiting={queue.ownWaiting}>
      <QueueFilters values={filters} articles={options.articles} kinds={kinds} annotators={options.annotators} />

      {unknownKind ? (
        <div className="alert" role="alert">
          <p>
            Kind: {unknownKind}. <Link href="/review">Show the whole queue</Link>.
          </p>
        </div>
      ) : null}

      {entries.length === 0 ? (
        <div className="card empty-state">
          <p className="empty-state__title">
            {filtered ? "No waiting claims match these filters." : "Nothing is waiting for review."}
          </p>
          <p>
            {filtered ? (
              <>
                <Link href="/review">Show the whole queue</Link>, or see the <Link href="/dashboard">dashboard</Link>.
              </>
            ) : (
              <>
                Submitted claims appear here, oldest first. See the <Link href="/dashboard">dashboard</Link> for
                progress.
              </>
            )}
          </p>
        </div>
      ) : (
        <ReviewQueue key={query} entries={entries} details={details} initialId={filters.claim} />
      )}
    </QueueCount>
  );
}
