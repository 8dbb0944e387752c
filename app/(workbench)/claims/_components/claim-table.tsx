import Link from "next/link";
import { claimHref, claimInArticleHref } from "@/app/(workbench)/_components/claim-hrefs";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import type { listClaims } from "@/lib/claims/list-claims";
import type { ClaimSort } from "@/lib/claims/schema";
import { formatDate, formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { KindChip, StatusChip } from "@/app/(workbench)/_components/claim-chips";
import { claimsHref, DEFAULT_SORT, nextSort, sortDirection, type ClaimsParams, type SortKeys } from "./claims-href";
import { formatFigure } from "@/app/(workbench)/_components/format/figures";

export type ClaimRow = Awaited<ReturnType<typeof listClaims>>["items"][number];

const QUOTE_CHARS = 140;

/** The quote cut at a word boundary; the cell's title carries the whole of it. */
function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** A header that sorts by its column: unsorted → ascending → descending (where offered) → the default order. */
function SortLink({
  label,
  keys,
  sort,
  params,
}: {
  label: string;
  keys: SortKeys;
  sort: ClaimSort;
  params: ClaimsParams;
}) {
  const direction = sortDirection(sort, keys);
  const next = nextSort(sort, keys);
  // The hidden words say what a click will do; aria-sort on the cell says what is in effect.
  const action =
    next === DEFAULT_SORT ? "back to newest first" : next === keys.desc ? "sort descending" : "sort ascending";
  return (
    <Link className="sort-link" href={claimsHref({ ...params, sort: next, page: undefined })}>
      {label}
      <span className="sort-link__icon" aria-hidden="true">
        {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
      </span>
      <span className="visually-hidden">, {action}</span>
    </Link>
  );
}

/** The claims table's columns; the sortable ones link to the next sort and keep the other parameters. */
function claimColumns(sort: ClaimSort, params: ClaimsParams): Column<ClaimRow>[] {
  const sortable = (label: string, keys: SortKeys) => ({
    header: <SortLink label={label} keys={keys} sort={sort} params={params} />,
    sorted: sortDirection(sort, keys),
  });
  return [
    {
      key: "claim",
      header: "Claim",
      className: "col-main",
      cell: (claim) => (
        <div className="cell-title claims-table__quote">
          <Link href={claimInArticleHref(claim)} title={claim.exact}>
            “{truncate(claim.exact, QUOTE_CHARS)}”
          </Link>
          <div className="cell-sub">
            <Link href={claimHref(claim)}>Claim page</Link>
          </div>
        </div>
      ),
    },
    { key: "kind", ...sortable("Kind", { asc: "kind" }), cell: (claim) => <KindChip kind={claim.kind} /> },
    {
      key: "value",
      ...sortable("Value", { asc: "value", desc: "-value" }),
      className: "claims-table__value",
      cell: (claim) => {
        const figure = formatFigure(claim);
        return figure ? (
          <>
            <span className="claims-table__figure" aria-hidden="true">
              {figure.text}
            </span>
            <span className="visually-hidden">{figure.spoken}</span>
            {figure.unit ? <div className="cell-sub">{figure.unit}</div> : null}
          </>
        ) : (
          <span className="muted">—</span>
        );
      },
    },
    {
      key: "article",
      ...sortable("Article", { asc: "article" }),
      cellClassName: "claims-table__article",
      cell: (claim) => (
        <Link href={`/articles/${encodeURIComponent(claim.article.id)}`} title={claim.article.title}>
          {claim.article.title}
        </Link>
      ),
    },
    { key: "annotator", header: "Annotator", cellClassName: "nowrap", cell: (claim) => claim.author.name },
    { key: "status", ...sortable("Status", { asc: "status" }), cell: (claim) => <StatusChip status={claim.status} /> },
    {
      key: "updated",
      header: "Updated",
      className: "date",
      cell: (claim) => (
        <time dateTime={isoDate(claim.updatedAt)} title={formatDateTime(claim.updatedAt)}>
          {formatDate(claim.updatedAt)}
        </time>
      ),
    },
  ];
}

/** The claims table; `params` are the current (valid) URL parameters the sort links keep. */
export function ClaimTable({
  rows,
  sort,
  params,
  caption,
}: {
  rows: ClaimRow[];
  sort: ClaimSort;
  params: ClaimsParams;
  caption: string;
}) {
  return (
    <DataTable
      caption={caption}
      className="claims-table"
      columns={claimColumns(sort, params)}
      rows={rows}
      rowKey={(claim) => claim.id}
    />
  );
}
