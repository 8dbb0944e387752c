import type { HTMLAttributes, ReactNode } from "react";
import { TableWrap } from "@/app/_components/table-wrap";

/**
 * One entry per column, so a new column is one more entry plus the data it reads; header,
 * alignment and cells stay in step by construction.
 */
export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Classes of the column's header and of each of its cells. */
  className?: string;
  /** Further classes of the cells only: all of them, or one by one (e.g. muted when empty). */
  cellClassName?: string | ((row: Row) => string | undefined);
  /** The cells name their row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** The order the rows are sorted in by this column, if they are (`aria-sort`). */
  sorted?: "ascending" | "descending";
  cell: (row: Row) => ReactNode;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

/**
 * The workbench's data table: a caption for assistive technology, a header row from the
 * columns, one row per item, and optionally a line for an empty list and a footer. Renders on
 * the server and inside client components alike (no state of its own).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowProps,
  className,
  wrapClassName,
  empty,
  foot,
}: {
  /** Said by screen readers, not shown. */
  caption?: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Attributes of one row (a class, data attributes). */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  /** Extra classes of the table. */
  className?: string;
  /** Extra classes of the scrolling box around it (spacing). */
  wrapClassName?: string;
  /** Shown across all columns when there are no rows. */
  empty?: ReactNode;
  /** Rows of the footer (`<tfoot>`), e.g. totals. */
  foot?: ReactNode;
}) {
  const cls = (c: Column<Row>) => classes(c.numeric && "num", c.className);
  return (
    <TableWrap className={wrapClassName} label={caption ?? "Table"}>
      <table className={classes("table", className)}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cls(c)} aria-sort={c.sorted}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((c) => {
                const className = classes(
                  cls(c),
                  typeof c.cellClassName === "function" ? c.cellClassName(row) : c.cellClassName,
                );
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={className}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </TableWrap>
  );
}
