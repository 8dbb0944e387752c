import type { Metadata } from "next";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Pagination } from "@/app/(workbench)/_components/pagination";
import { listMyChanges } from "@/lib/adjudication/list-my-changes";
import { getDb } from "@/lib/db/client";
import { loadProject } from "../load-project";
import { ArticleChanges } from "./_components/article-changes";
import { GoldChart } from "./_components/gold-chart";
import { GoldTable } from "./_components/gold-table";
import "./my-changes.css";

export const metadata: Metadata = { title: "What changed in my work" };

const PAGE_SIZE = 20;

export default async function MyChangesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/my-changes");
  const sp = await searchParams;
  const page = Math.max(1, Math.floor(Number(firstParam(sp.page)) || 1));
  const period = firstParam(sp.period) === "month" ? "month" : "week";
  const changes = await listMyChanges({
    db: getDb(),
    actor,
    projectId: project.id,
    query: { period, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const kinds = new Map(project.kinds.map((k) => [k.key, k.label]));
  const base = `/projects/${encodeURIComponent(project.id)}/my-changes`;
  return (
    <>
      <div className="section__header">
        <div>
          <h2>What changed in my work</h2>
          <p className="section__lede">
            Your claims on adjudicated articles against the gold claims, with the adjudicator&rsquo;s reasons.
          </p>
        </div>
      </div>

      <section className="section" aria-labelledby="gold-over-time">
        <div className="section__header">
          <h3 id="gold-over-time">Agreement with gold over time</h3>
          <nav className="period-links" aria-label="Period">
            <a href={`${base}?period=week`} aria-current={period === "week" ? "true" : undefined}>
              By week
            </a>
            <a href={`${base}?period=month`} aria-current={period === "month" ? "true" : undefined}>
              By month
            </a>
          </nav>
        </div>
        <div className="card card--padded">
          {changes.overTime.length ? (
            <>
              <GoldChart points={changes.overTime} />
              <GoldTable points={changes.overTime} period={period} />
            </>
          ) : (
            <p className="muted">Nothing of yours has been adjudicated yet.</p>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="changed-articles">
        <h3 id="changed-articles">
          Adjudicated articles <span className="muted">({changes.total})</span>
        </h3>
        <div className="article-changes-list">
          {changes.articles.map((a) => (
            <ArticleChanges key={a.articleId} article={a} kindLabel={(k) => kinds.get(k) ?? k} />
          ))}
        </div>
        <Pagination
          page={page}
          pages={Math.ceil(changes.total / PAGE_SIZE)}
          hrefFor={(p) => `${base}?period=${period}&page=${p}`}
        />
      </section>
    </>
  );
}
