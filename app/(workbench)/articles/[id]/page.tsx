import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { formatDate, isoDate } from "@/app/_components/format";
import { encodeSpans } from "@/lib/editor/claim-spans";
import { loadArticle } from "./load-article";
import { loadClaimSpans } from "./load-claim-spans";
import { AnnotationReader } from "./_components/reader";
import { ArticleDetails } from "./article-details";
import "./article.css";
import "./reader.css";
import "./reader-kinds.css";
import "./reader-panels.css";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getCurrentActor();
  // Titles of unpublished work are not for the signed-out sign-in redirect's <title>.
  if (!actor || !can(actor, "articles.read")) return { title: "Article" };
  const { id } = await params;
  return { title: (await loadArticle(id)).title };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${encodeURIComponent(id)}`, "articles.read");
  // Only what drawing needs travels with the page; the reader fetches the claims' fields
  // once it is interactive, which keeps a heavily annotated article's first paint light.
  const [article, claimSpans] = await Promise.all([loadArticle(id), loadClaimSpans(id)]);
  const spans = encodeSpans(claimSpans);
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

      <AnnotationReader
        articleId={article.id}
        text={article.text}
        encodedSpans={spans}
        actor={{ id: actor.id, role: actor.role, canWrite: can(actor, "claims.write") }}
        details={<ArticleDetails article={article} />}
      />
    </>
  );
}
