import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { paragraphsOf } from "@/lib/articles/canonical-text";
import { formatDate, formatDateTime, formatNumber, isoDate } from "@/app/_components/format";
import { loadArticle } from "./load-article";
import "./article.css";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getCurrentActor();
  // Titles of unpublished work are not for the signed-out sign-in redirect's <title>.
  if (!actor || !can(actor, "articles.read")) return { title: "Article" };
  const { id } = await params;
  return { title: (await loadArticle(id)).title };
}

/** A short, readable form of the source address: host plus path, without the scheme. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return url;
  }
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { id } = await params;
  await requireActor(`/articles/${encodeURIComponent(id)}`, "articles.read");
  const article = await loadArticle(id);
  const paragraphs = paragraphsOf(article.text);
  const byline = [article.publisher, article.author ? `By ${article.author}` : null].filter(Boolean);

  return (
    <>
      <Link href="/articles" className="back-link">
        ← All articles
      </Link>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="byline">
          {byline.map((part) => (
            <span key={part}>{part}</span>
          ))}
          {article.publishedAt ? (
            <span>
              <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
            </span>
          ) : null}
        </p>
      </header>

      <div className="article-layout">
        <article className="card reading" aria-label="Article text">
          <div className="reading__text">
            {paragraphs.map((text, i) => (
              // Paragraph order is fixed for a given text, so the index is a stable key.
              <p key={i}>{text}</p>
            ))}
          </div>
        </article>

        <aside className="card card--padded details" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
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
          </dl>
        </aside>
      </div>
    </>
  );
}
