import Link from "next/link";

/** Builds `/articles?q=…&page=…`, leaving out defaults so URLs stay short and shareable. */
export function articlesHref({ q, page }: { q?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/articles?${query}` : "/articles";
}

export function Pagination({ q, page, pages }: { q: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link className="button button--secondary button--small" href={articlesHref({ q, page: Math.min(page - 1, pages) })} rel="prev">
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
        <Link className="button button--secondary button--small" href={articlesHref({ q, page: page + 1 })} rel="next">
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
