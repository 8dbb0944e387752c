import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { listOpenDrafts, reviewProgress } from "@/lib/review/review-progress";
import { formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatNumber, formatPercent } from "@/app/(workbench)/_components/format/figures";
import { statusLabels } from "@/app/(workbench)/_components/claim-labels";
import { waitingFor } from "@/app/(workbench)/_components/format/dates";
import { getClaimScope } from "@/app/(workbench)/_components/current-project";
import { AnnotatorProgressTable, ArticleProgressTable } from "./_components/progress-tables";
import { OpenDrafts } from "./_components/open-drafts";
import { chartOrder, StatusChart, type ChartRow } from "./_components/status-chart";
import "./dashboard.css";

export const metadata: Metadata = { title: "Dashboard" };

/** Articles drawn in the chart; the table lists them all. */
const CHART_ARTICLES = 12;

/** Progress of annotation and review: by status per article and overall, per annotator, oldest waiting. */
export default async function DashboardPage() {
  const actor = await requireActor("/dashboard", "articles.read");
  const db = getDb();
  // The header's current project, and in it the claims the caller may see (blind: their own).
  const { visible } = await getClaimScope(actor);
  const [progress, drafts] = await Promise.all([
    reviewProgress({ db, visible }),
    can(actor, "claims.write") ? listOpenDrafts({ db, actor, visible }) : Promise.resolve([]),
  ]);
  const reviewer = can(actor, "claims.review");
  const oldest = progress.oldestWaiting;
  const chartRows: ChartRow[] = [
    { label: "All articles", counts: progress.overall, total: progress.total, summary: true },
    ...progress.articles.slice(0, CHART_ARTICLES).map((a) => ({ label: a.title, counts: a.counts, total: a.total })),
  ];
  const decided = progress.overall.approved + progress.overall.rejected;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Dashboard</h1>
          <p className="page-header__lede">How far annotation and review have come, across all articles.</p>
        </div>
        {can(actor, "users.manage") ? (
          <Link href="/admin/audit" className="button button--secondary">
            Audit log
          </Link>
        ) : null}
      </div>

      <div className="stat-grid">
        <div className="card stat">
          <p className="stat__label">Claims</p>
          <p className="stat__value">{formatNumber(progress.total)}</p>
          <p className="stat__sub">{formatNumber(progress.articles.length)} articles</p>
        </div>
        <div className="card stat">
          <p className="stat__label">Waiting for review</p>
          <p className="stat__value">{formatNumber(progress.overall.submitted)}</p>
          <p className="stat__sub">
            {reviewer ? (
              <Link href="/review">Open the queue</Link>
            ) : (
              `${formatNumber(progress.overall.changes_requested)} sent back for changes`
            )}
          </p>
        </div>
        <div className="card stat">
          <p className="stat__label">Approved</p>
          <p className="stat__value">{formatNumber(progress.overall.approved)}</p>
          <p className="stat__sub">
            {decided
              ? `${formatPercent(progress.overall.approved / decided)} of final decisions`
              : "No final decisions yet"}
          </p>
        </div>
        <div className="card stat stat--wide">
          <p className="stat__label">Oldest waiting</p>
          {oldest ? (
            <>
              <p className="stat__value stat__value--small">waiting {waitingFor(oldest.submittedAt)}</p>
              <p className="stat__sub stat__quote">
                <Link
                  href={
                    reviewer
                      ? `/review?claim=${encodeURIComponent(oldest.id)}`
                      : `/review/${encodeURIComponent(oldest.id)}`
                  }
                >
                  “{oldest.exact}”
                </Link>{" "}
                by {oldest.author.name} in {oldest.article.title}
                {oldest.submittedAt ? (
                  <>
                    {" "}
                    · submitted <time dateTime={isoDate(oldest.submittedAt)}>{formatDateTime(oldest.submittedAt)}</time>
                  </>
                ) : null}
              </p>
            </>
          ) : (
            <p className="stat__value stat__value--small">Nothing waiting</p>
          )}
        </div>
      </div>

      {can(actor, "claims.write") ? (
        <section className="section" aria-labelledby="drafts-heading">
          <div className="section__header">
            <div>
              <h2 id="drafts-heading">Your claims to submit</h2>
              <p className="section__lede">
                Drafts and claims sent back for changes, per article. Submitting sends all of them on that article to
                review at once.
              </p>
            </div>
          </div>
          <OpenDrafts rows={drafts} />
        </section>
      ) : null}

      <section className="section" aria-labelledby="status-heading">
        <div className="section__header">
          <h2 id="status-heading">Claims by status</h2>
          {progress.articles.length > CHART_ARTICLES ? (
            <span className="muted">
              Chart: the {CHART_ARTICLES} articles with most claims waiting; the table lists all.
            </span>
          ) : null}
        </div>
        {progress.total === 0 ? (
          <div className="card empty-state">
            <p className="empty-state__title">No claims yet.</p>
            <p>
              Open an <Link href="/articles">article</Link> and highlight a claim; progress shows here.
            </p>
          </div>
        ) : (
          <>
            <div className="card card--padded">
              <StatusChart
                rows={chartRows}
                title="Claims by status, overall and per article"
                description={`${formatNumber(progress.total)} claims: ${chartOrder.map((s) => `${formatNumber(progress.overall[s])} ${statusLabels[s].toLowerCase()}`).join(", ")}.`}
              />
            </div>
            <ArticleProgressTable articles={progress.articles} overall={progress.overall} total={progress.total} />
          </>
        )}
      </section>

      {progress.annotators.length > 0 ? (
        <section className="section" aria-labelledby="annotators-heading">
          <div className="section__header">
            <div>
              <h2 id="annotators-heading">Annotators</h2>
              <p className="section__lede">
                Approval rate: approved claims out of those with a final decision (approved or rejected).
              </p>
            </div>
          </div>
          <AnnotatorProgressTable annotators={progress.annotators} />
        </section>
      ) : null}
    </>
  );
}
