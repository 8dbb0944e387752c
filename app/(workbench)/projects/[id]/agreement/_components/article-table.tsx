/**
 * The per-article table, sortable by any of its figures (lowest agreement first by default, the
 * articles to look at): each title opens that article's disagreeing units side by side.
 */
import Link from "next/link";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import type { ArticleAgreement } from "@/lib/agreement/report";
import { CoefficientFigure, SpanF1Figure } from "./coefficient-figure";

export const ARTICLE_SORTS = ["finding", "kind", "value", "f1", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
type SortDirection = "asc" | "desc";

const sortValue: Record<Exclude<ArticleSort, "title">, (a: ArticleAgreement) => number | null> = {
  finding: (a) => a.measures.finding.value,
  kind: (a) => a.measures.kind.value,
  value: (a) => a.measures.value.value,
  f1: (a) => a.spanF1Overlap.value,
};

/** Articles in the order asked for; articles without the figure come last either way. */
export function sortArticles(rows: readonly ArticleAgreement[], sort: ArticleSort, dir: SortDirection) {
  const sign = dir === "asc" ? 1 : -1;
  const title = (a: ArticleAgreement) => a.title ?? a.articleId;
  return [...rows].sort((a, b) => {
    if (sort === "title") return sign * title(a).localeCompare(title(b));
    const va = sortValue[sort](a);
    const vb = sortValue[sort](b);
    if (va === null || vb === null) return va === vb ? title(a).localeCompare(title(b)) : va === null ? 1 : -1;
    return sign * (va - vb) || title(a).localeCompare(title(b));
  });
}

export function ArticleTable({
  rows,
  sort,
  dir,
  sortHref,
  unitsHref,
  adjudicationHref,
}: {
  rows: ArticleAgreement[];
  sort: ArticleSort;
  dir: SortDirection;
  sortHref: (sort: ArticleSort, dir: SortDirection) => string;
  unitsHref: (articleId: string) => string;
  adjudicationHref: (articleId: string) => string;
}) {
  const header = (key: ArticleSort, label: string) => {
    const next: SortDirection = sort === key ? (dir === "asc" ? "desc" : "asc") : key === "title" ? "asc" : "asc";
    return (
      <Link href={sortHref(key, next)} prefetch={false} className="sort-link">
        {label}
        {sort === key ? <span aria-hidden="true">{dir === "asc" ? " ↑" : " ↓"}</span> : null}
      </Link>
    );
  };
  const sorted = (key: ArticleSort) =>
    sort === key ? (dir === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined;
  const columns: Column<ArticleAgreement>[] = [
    {
      key: "title",
      header: header("title", "Article"),
      sorted: sorted("title"),
      rowHeader: true,
      className: "col-main",
      cell: (a) => (
        <>
          <Link href={unitsHref(a.articleId)} prefetch={false} className="cell-title">
            {a.title ?? a.articleId}
          </Link>
          <div className="cell-sub">
            {a.annotatorIds.length} annotators · {formatNumber(a.claims)} claims in {formatNumber(a.units)} units ·{" "}
            <Link href={adjudicationHref(a.articleId)} prefetch={false}>
              adjudication
            </Link>
          </div>
        </>
      ),
    },
    {
      key: "finding",
      header: header("finding", "Finding α"),
      sorted: sorted("finding"),
      numeric: true,
      cell: (a) => <CoefficientFigure c={a.measures.finding} compact />,
    },
    {
      key: "kind",
      header: header("kind", "Kind α"),
      sorted: sorted("kind"),
      numeric: true,
      cell: (a) => <CoefficientFigure c={a.measures.kind} compact />,
    },
    {
      key: "value",
      header: header("value", "Value α"),
      sorted: sorted("value"),
      numeric: true,
      cell: (a) => <CoefficientFigure c={a.measures.value} compact />,
    },
    {
      key: "f1",
      header: header("f1", "Span F1"),
      sorted: sorted("f1"),
      numeric: true,
      cell: (a) => <SpanF1Figure f={a.spanF1Overlap} compact />,
    },
  ];
  return (
    <DataTable
      caption="Agreement per article"
      columns={columns}
      rows={rows}
      rowKey={(a) => a.articleId}
      className="agreement-table"
      empty="No article matches."
    />
  );
}
