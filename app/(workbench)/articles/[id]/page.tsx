import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { splitParagraphs } from "@/lib/anchors/paragraphs";
import { encodeSpans } from "@/lib/editor/claim-spans";
import { drawnLayout } from "@/lib/editor/drawn-document";
import { dropHandoff, putHandoff } from "@/lib/editor/server-render-handoff";
import { renderHighlightedParagraphs } from "@/lib/editor/static-html";
import { loadArticle } from "./load-article";
import { loadClaimSpans } from "./load-claim-spans";
import { AnnotationReader } from "./_components/reader";
import { HIGHLIGHT_LOOK } from "./_components/reader-look";
import type { DrawnArticle, DrawnProps } from "./_components/reader-source";
import { ArticleDetails } from "./article-details";
import { kindStyles } from "./kind-styles";
import { loadReaderProject } from "./load-reader-project";
import { PROJECT_COOKIE } from "../../_components/current-project";
import "./article.css";
import "./reader.css";
import "./reader-kinds.css";
import "./reader-panels.css";

type Params = Promise<{ id: string }>;
type Search = Promise<{ project?: string | string[] }>;

/**
 * True when the router asks for the page's React payload alone (a client-side navigation),
 * which it marks with the `RSC` request header; a page load asks for HTML.
 */
async function isClientNavigation(): Promise<boolean> {
  return (await headers()).get("rsc") === "1";
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getCurrentActor();
  // Titles of unpublished work are not for the signed-out sign-in redirect's <title>.
  if (!actor || !can(actor, "articles.read")) return { title: "Article" };
  const { id } = await params;
  return { title: (await loadArticle(id)).title };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  const asked = (await searchParams).project;
  const actor = await requireActor(`/articles/${encodeURIComponent(id)}`, "articles.read");
  // Only what drawing needs travels with the page; the reader fetches the claims' fields
  // once it is interactive, which keeps a heavily annotated article's first paint light.
  // The spans wait for the project (whose claims the caller may see); the article does not.
  const chosen = (await cookies()).get(PROJECT_COOKIE)?.value;
  const [article, [project, claimSpans]] = await Promise.all([
    loadArticle(id),
    loadReaderProject(actor, id, [typeof asked === "string" ? asked : null, chosen]).then(
      async (p) => [p, await loadClaimSpans(id, p.visible)] as const,
    ),
  ]);
  // A page load: the article goes into the HTML once, as drawn paragraphs; the reader's server
  // render takes them from the handoff, and the browser reads the text back from that HTML.
  // A client-side navigation (React's payload only, no HTML) carries the text in the payload.
  let drawn: DrawnProps;
  if (await isClientNavigation()) {
    drawn = { spans: encodeSpans(claimSpans), text: article.text };
  } else {
    const paragraphs = splitParagraphs(article.text);
    const key = putHandoff({
      html: renderHighlightedParagraphs(article.text, paragraphs, claimSpans, HIGHLIGHT_LOOK),
      text: article.text,
    } satisfies DrawnArticle);
    after(() => dropHandoff(key));
    drawn = { spans: encodeSpans(claimSpans), key, layout: drawnLayout(article.text, paragraphs) };
  }
  const byline = [article.publisher, article.author ? `By ${article.author}` : null].filter(Boolean);

  return (
    <>
      <Link href="/articles" prefetch={false} className="back-link">
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

      {/* The project's kind colours; keys and colours are validated, so this is not markup from users. */}
      <style>{kindStyles(project.kinds)}</style>
      <AnnotationReader
        articleId={article.id}
        schema={{ projectId: project.projectId, kinds: project.kinds }}
        drawn={drawn}
        actor={{ id: actor.id, role: actor.role, canWrite: can(actor, "claims.write") }}
        details={<ArticleDetails article={article} />}
      />
    </>
  );
}
