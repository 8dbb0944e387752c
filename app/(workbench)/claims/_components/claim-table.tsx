import Link from "next/link";
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

function SortHeader({
  label,
  keys,
  sort,
  params,
  className,
}: {
  label: string;
  keys: SortKeys;
  sort: ClaimSort;
  params: ClaimsParams;
  className?: string;
}) {
  const direction = sortDirection(sort, keys);
  const next = nextSort(sort, keys);
  // The hidden words say what a click will do; aria-sort on the cell says what is in effect.
  const action =
    next === DEFAULT_SORT ? "back to newest first" : next === keys.desc ? "sort descending" : "sort ascending";
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <Link className="sort-link" href={claimsHref({ ...params, sort: next, page: undefined })}>
        {label}
        <span className="sort-link__icon" aria-hidden="true">
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
        <span className="visually-hidden">, {action}</span>
      </Link>
    </th>
  );
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
    <div className="table-wrap">
      <table className="table claims-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-main">
              Claim
            </th>
            <SortHeader label="Kind" keys={{ asc: "kind" }} sort={sort} params={params} />
            <SortHeader
              label="Value"
              keys={{ asc: "value", desc: "-value" }}
              sort={sort}
              params={params}
              className="claims-table__value"
            />
            <SortHeader label="Article" keys={{ asc: "article" }} sort={sort} params={params} />
            <th scope="col">Annotator</th>
            <SortHeader label="Status" keys={{ asc: "status" }} sort={sort} params={params} />
            <th scope="col" className="date">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((claim) => {
            const figure = formatFigure(claim);
            return (
              <tr key={claim.id}>
                <td className="col-main">
                  <div className="cell-title claims-table__quote">
                    <Link
                      href={`/articles/${encodeURIComponent(claim.articleId)}#claim-${encodeURIComponent(claim.id)}`}
                      title={claim.exact}
                    >
                      “{truncate(claim.exact, QUOTE_CHARS)}”
                    </Link>
                  </div>
                </td>
                <td>
                  <KindChip kind={claim.kind} />
                </td>
                <td className="claims-table__value">
                  {figure ? (
                    <>
                      <span className="claims-table__figure" aria-hidden="true">
                        {figure.text}
                      </span>
                      <span className="visually-hidden">{figure.spoken}</span>
                      {figure.unit ? <div className="cell-sub">{figure.unit}</div> : null}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="claims-table__article">
                  <Link href={`/articles/${encodeURIComponent(claim.article.id)}`} title={claim.article.title}>
                    {claim.article.title}
                  </Link>
                </td>
                <td className="nowrap">{claim.author.name}</td>
                <td>
                  <StatusChip status={claim.status} />
                </td>
                <td className="date">
                  <time dateTime={isoDate(claim.updatedAt)} title={formatDateTime(claim.updatedAt)}>
                    {formatDate(claim.updatedAt)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
