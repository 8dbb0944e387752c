import { formatDate, formatDateTime } from "@/app/(workbench)/_components/format/dates";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import type { loadArticle } from "./load-article";

type Article = Awaited<ReturnType<typeof loadArticle>>;

/** A short, readable form of the source address: host plus path, without the scheme. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return url;
  }
}

/** The article's metadata, shown under the claims in the reader's side column. */
export function ArticleDetails({ article }: { article: Article }) {
  return (
    <section className="card card--padded details" aria-labelledby="details-heading">
      <h2 id="details-heading" className="side-heading">
        Details
      </h2>
      <dl className="meta-list">
        <dt>Publisher</dt>
        <dd>{article.publisher ?? "—"}</dd>
        <dt>Author</dt>
        <dd>{article.author ?? "—"}</dd>
        <dt>Published</dt>
        <dd>{formatDate(article.publishedAt)}</dd>
        <dt>Source</dt>
        <dd>
          {article.url ? (
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
              {displayUrl(article.url)}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt>Words</dt>
        <dd>{formatNumber(article.wordCount)}</dd>
        <dt>Imported</dt>
        <dd>
          {formatDateTime(article.importedAt)}
          {article.importedBy ? (
            <>
              <br />
              <span className="muted">by {article.importedBy.name}</span>
            </>
          ) : null}
        </dd>
        <dt>Cleaning</dt>
        <dd>
          <a href={`/articles/${article.id}/cleaning`}>See what cleaning removed</a>
        </dd>
      </dl>
    </section>
  );
}
