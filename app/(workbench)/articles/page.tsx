import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/articles/list-articles";
import { countClaimsByArticle } from "@/lib/articles/count-claims";
import { databaseProvider, getDb } from "@/lib/db/client";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { ArticleTable } from "./_components/article-table";
import { articlesHref } from "@/app/(workbench)/articles/_components/articles-href";
import { Pagination } from "@/app/(workbench)/_components/pagination";
import { getClaimScope } from "@/app/(workbench)/_components/current-project";

export const metadata: Metadata = { title: "Articles" };

const PAGE_SIZE = 25;
const MAX_QUERY = 200;

// A hand-edited ?page=abc or ?page=0 shows page 1 instead of an error page.
function pageNumber(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? "" : "s"}`;
}

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = (firstParam(params.q) ?? "").trim().slice(0, MAX_QUERY);
  const page = pageNumber(firstParam(params.page));
  const actor = await requireActor(articlesHref({ q, page }), "articles.read");
  const canImport = can(actor, "articles.write");

  const db = getDb();
  const result = await listArticles({
    db,
    query: { q: q || undefined, page, pageSize: PAGE_SIZE },
    provider: databaseProvider(),
  });
  // Claims in the header's current project that the caller may see (blind: their own).
  const { visible } = await getClaimScope(actor);
  const claimCounts = await countClaimsByArticle({ db, articleIds: result.items.map((a) => a.id), visible });
  const rows = result.items.map((a) => ({ ...a, claimCount: claimCounts.get(a.id) ?? 0 }));
  const from = (result.page - 1) * result.pageSize + 1;
  const to = from + result.items.length - 1;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Articles</h1>
          <p className="page-header__lede">
            {q
              ? `${plural(result.total, "article")} matching “${q}”`
              : `${plural(result.total, "article")} in the corpus`}
          </p>
        </div>
        <form className="search-form" role="search" method="get" action="/articles">
          <label htmlFor="article-search" className="visually-hidden">
            Search articles
          </label>
          <input
            id="article-search"
            name="q"
            type="search"
            className="input"
            defaultValue={q}
            maxLength={MAX_QUERY}
            placeholder="Search title, publisher, author or text"
          />
          <button type="submit" className="button button--secondary">
            Search
          </button>
        </form>
      </div>

      {result.items.length === 0 ? (
        <div className="card empty-state">
          {q ? (
            <>
              <p className="empty-state__title">No articles match “{q}”.</p>
              <p>
                Try fewer or different words, or <Link href="/articles">show all articles</Link>.
              </p>
            </>
          ) : result.total > 0 ? (
            <>
              <p className="empty-state__title">There is no page {page}.</p>
              <p>
                <Link href="/articles">Go to the first page</Link>.
              </p>
            </>
          ) : (
            <>
              <p className="empty-state__title">No articles yet.</p>
              <p>
                {canImport ? (
                  <>
                    <Link href="/import">Import articles</Link> (or send them to <code>POST /api/articles</code>); they
                    will be listed here.
                  </>
                ) : (
                  "Articles will be listed here once someone imports them."
                )}
              </p>
            </>
          )}
        </div>
      ) : (
        <>
          <div className="list-summary">
            <span aria-live="polite">
              Showing {formatNumber(from)}–{formatNumber(to)} of {formatNumber(result.total)}
            </span>
            {q ? <Link href="/articles">Clear search</Link> : null}
          </div>
          <ArticleTable rows={rows} />
          <Pagination page={result.page} pages={result.pages} hrefFor={(p) => articlesHref({ q, page: p })} />
        </>
      )}
    </>
  );
}
