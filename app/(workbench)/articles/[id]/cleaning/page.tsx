import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { loadCleaning } from "./load-cleaning";
import { RemovedBlocks } from "./_components/removed-blocks";
import "./cleaning.css";

type Params = Promise<{ id: string }>;

// Shared by the page and its metadata within one request.
const load = cache(loadCleaning);

const FORMATS: Record<string, string> = {
  html: "HTML",
  text: "plain text",
  markdown: "Markdown",
  jsonl: "a JSON Lines record",
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await getCurrentActor();
  // Titles of unpublished work are not for the signed-out sign-in redirect's <title>.
  if (!actor || !can(actor, "articles.read")) return { title: "Removed by cleaning" };
  const { id } = await params;
  return { title: `Removed by cleaning · ${(await load(id)).article.title}` };
}

/** "Removed by cleaning": what import left out of an article's text, each block restorable. */
export default async function CleaningPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${encodeURIComponent(id)}/cleaning`, "articles.read");
  const { article, cleaning } = await load(id);
  const articleHref = `/articles/${encodeURIComponent(article.id)}`;
  const count = cleaning.removed.length;
  const format = FORMATS[cleaning.rawFormat] ?? cleaning.rawFormat;

  return (
    <>
      <Link href={articleHref} className="back-link">
        ← Back to the article
      </Link>
      <div className="page-header cleaning-header">
        <div>
          <h1>Removed by cleaning</h1>
          <p className="cleaning-header__article">
            <Link href={articleHref}>{article.title}</Link>
          </p>
          <p className="page-header__lede">
            {count === 0
              ? `Imported as ${format}; every block is in the text.`
              : `${formatNumber(count)} ${count === 1 ? "block was" : "blocks were"} left out of the text when this article was imported as ${format}. Restoring a block puts it back where it was; claims move with the text.`}
          </p>
        </div>
      </div>

      {/* Rendered even when empty: it holds the last restore's report, which must outlive the last block. */}
      <RemovedBlocks
        articleId={article.id}
        version={cleaning.version}
        blocks={cleaning.removed}
        canRestore={can(actor, "articles.write")}
      />
    </>
  );
}
