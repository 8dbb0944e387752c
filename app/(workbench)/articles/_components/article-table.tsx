import Link from "next/link";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import type { listArticles } from "@/lib/articles/list-articles";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { NearDuplicateFlag } from "@/app/(workbench)/_components/near-duplicate-flag";

/** An article of the list with the number of claims on it (from `countClaimsByArticle`). */
export type ArticleRow = Awaited<ReturnType<typeof listArticles>>["items"][number] & { claimCount: number };

const articleColumns: Column<ArticleRow>[] = [
  {
    key: "title",
    header: "Title",
    className: "col-main",
    cell: (a) => (
      <>
        <div className="cell-title">
          <Link href={`/articles/${encodeURIComponent(a.id)}`}>{a.title}</Link>
          {a.nearDuplicateOfId ? <NearDuplicateFlag otherId={a.nearDuplicateOfId} /> : null}
        </div>
        {a.author ? <div className="cell-sub">{a.author}</div> : null}
      </>
    ),
  },
  { key: "publisher", header: "Publisher", cell: (a) => a.publisher ?? <span className="muted">—</span> },
  {
    key: "publishedAt",
    header: "Published",
    className: "date",
    cell: (a) =>
      a.publishedAt ? (
        <time dateTime={isoDate(a.publishedAt)}>{formatDate(a.publishedAt)}</time>
      ) : (
        <span className="muted">—</span>
      ),
  },
  { key: "wordCount", header: "Words", numeric: true, cell: (a) => formatNumber(a.wordCount) },
  {
    key: "claimCount",
    header: "Claims",
    numeric: true,
    // A bare "3" says little in a screen reader's list of links, hence the hidden rest of the name.
    cell: (a) =>
      a.claimCount > 0 ? (
        <Link href={`/claims?articleId=${encodeURIComponent(a.id)}`}>
          {formatNumber(a.claimCount)}
          <span className="visually-hidden">
            {" "}
            {a.claimCount === 1 ? "claim" : "claims"} on {a.title}
          </span>
        </Link>
      ) : (
        <span className="muted">0</span>
      ),
  },
];

export function ArticleTable({
  rows,
  columns = articleColumns,
}: {
  rows: ArticleRow[];
  columns?: Column<ArticleRow>[];
}) {
  return <DataTable caption="Articles" columns={columns} rows={rows} rowKey={(a) => a.id} />;
}
