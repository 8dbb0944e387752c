import Link from "next/link";

/**
 * Previous / next links for a paged list. `hrefFor` builds the URL of a page, so every list
 * (articles, claims, the audit log) keeps its own filters in the links while sharing the look.
 */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link className="button button--secondary button--small" href={hrefFor(Math.min(page - 1, pages))} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="button button--secondary button--small" aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className="pagination__status">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link className="button button--secondary button--small" href={hrefFor(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span className="button button--secondary button--small" aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
