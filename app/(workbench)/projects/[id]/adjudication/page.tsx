import type { Metadata } from "next";
import Link from "next/link";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { Pagination } from "@/app/(workbench)/_components/pagination";
import { listAdjudications } from "@/lib/adjudication/list-adjudications";
import { getDb } from "@/lib/db/client";
import { loadProject } from "../load-project";

export const metadata: Metadata = { title: "Adjudication" };

const PAGE_SIZE = 50;
const STATES = { open: "To adjudicate", done: "Adjudicated", all: "All" } as const;
type QueueState = keyof typeof STATES;

type Row = Awaited<ReturnType<typeof listAdjudications>>["items"][number];

export default async function AdjudicationQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/adjudication", "project.review");
  const sp = await searchParams;
  const stateParam = firstParam(sp.state);
  const state: QueueState = stateParam && stateParam in STATES ? (stateParam as QueueState) : "open";
  const page = Math.max(1, Math.floor(Number(firstParam(sp.page)) || 1));
  const list = await listAdjudications({
    db: getDb(),
    actor,
    projectId: project.id,
    query: { state, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const base = `/projects/${encodeURIComponent(project.id)}`;
  const href = (s: QueueState, p = 1) => `${base}/adjudication?state=${s}${p > 1 ? `&page=${p}` : ""}`;
  const columns: Column<Row>[] = [
    {
      key: "title",
      header: "Article",
      rowHeader: true,
      className: "col-main",
      cell: (r) => (
        <Link href={`${base}/adjudication/${encodeURIComponent(r.articleId)}`} prefetch={false} className="cell-title">
          {r.title}
        </Link>
      ),
    },
    { key: "annotators", header: "Annotators", numeric: true, cell: (r) => formatNumber(r.annotators) },
    {
      key: "state",
      header: "State",
      cell: (r) => (
        <span className={`state-badge state-badge--${r.state === "done" ? "submitted" : "in_progress"}`}>
          {r.state === "done" ? "Adjudicated" : "Open"}
        </span>
      ),
    },
    { key: "decisions", header: "Decisions", numeric: true, cell: (r) => formatNumber(r.decisions) },
    { key: "gold", header: "Gold claims", numeric: true, cell: (r) => formatNumber(r.goldClaims) },
    {
      key: "opened",
      header: "Since",
      className: "date",
      cell: (r) => <time dateTime={isoDate(new Date(r.openedAt))}>{formatDate(new Date(r.openedAt))}</time>,
    },
    {
      key: "closed",
      header: "Closed",
      cell: (r) =>
        r.closedAt ? (
          <>
            <time dateTime={isoDate(new Date(r.closedAt))}>{formatDate(new Date(r.closedAt))}</time>
            {r.closedBy ? <div className="cell-sub">by {r.closedBy.name}</div> : null}
          </>
        ) : (
          "—"
        ),
    },
  ];
  return (
    <>
      <div className="section__header">
        <div>
          <h2>Adjudication</h2>
          <p className="section__lede">
            Articles whose annotators have all submitted, oldest first. Open one to settle its units into gold claims.
          </p>
        </div>
        <Link href={`${base}/agreement`} prefetch={false} className="button button--secondary button--small">
          Agreement
        </Link>
      </div>
      <nav className="adjudication-states" aria-label="Which articles">
        {(Object.keys(STATES) as QueueState[]).map((s) => (
          <Link key={s} href={href(s)} prefetch={false} aria-current={s === state ? "page" : undefined}>
            {STATES[s]}
          </Link>
        ))}
      </nav>
      <DataTable
        caption="Adjudication queue"
        columns={columns}
        rows={list.items}
        rowKey={(r) => r.articleId}
        empty={
          state === "open"
            ? "Nothing to adjudicate: an article arrives here once all its annotators have submitted."
            : "No article here."
        }
      />
      <Pagination page={page} pages={Math.ceil(list.total / PAGE_SIZE)} hrefFor={(p) => href(state, p)} />
    </>
  );
}
