import type { Metadata } from "next";
import Link from "next/link";
import { firstParam } from "@/app/_components/search-params";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { getAgreementReport } from "@/lib/agreement/get-agreement-report";
import { getDb } from "@/lib/db/client";
import { listMembers } from "@/lib/projects/list-members";
import { loadProject } from "../load-project";
import { AgreementFilters } from "./_components/agreement-filters";
import { apiHref, pageSearch, parseParams, readParams, type PageSearchParams } from "./_components/agreement-params";
import { AnnotatorTable } from "./_components/annotator-table";
import { ARTICLE_SORTS, ArticleTable, sortArticles, type ArticleSort } from "./_components/article-table";
import {
  ATTRIBUTE_TITLES,
  CoefficientFigure,
  MEASURED_ATTRIBUTES,
  SpanF1Figure,
} from "./_components/coefficient-figure";
import { MeasureBars } from "./_components/measure-bars";
import { MATRIX_FIGURES, PairHeatmap, type MatrixFigure } from "./_components/pair-heatmap";
import "./agreement.css";

export const metadata: Metadata = { title: "Agreement" };

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/agreement", "project.review");
  const sp = await searchParams;
  const { params: filters, query, problems } = parseParams(readParams(sp));
  const db = getDb();
  const [report, members] = await Promise.all([
    getAgreementReport({ db, actor, projectId: project.id, query }),
    listMembers({ db, actor, projectId: project.id }),
  ]);
  const base = `/projects/${encodeURIComponent(project.id)}`;
  const here = `${base}/agreement`;
  const sortParam = firstParam(sp.sort);
  const sort: ArticleSort = ARTICLE_SORTS.includes(sortParam as ArticleSort) ? (sortParam as ArticleSort) : "finding";
  const dir = firstParam(sp.dir) === "desc" ? "desc" : "asc";
  const matrixParam = firstParam(sp.matrix);
  const matrix: MatrixFigure = matrixParam && matrixParam in MATRIX_FIGURES ? (matrixParam as MatrixFigure) : "kappa";
  const keep = { sort: sortParam ? sort : undefined, dir: firstParam(sp.dir) ? dir : undefined };
  const units = (extra: Record<string, string | undefined>) => `${here}/units${pageSearch(filters, extra)}`;
  const kindLabel = new Map(project.kinds.map((k) => [k.key, k.label]));
  const annotators = members.items
    .filter((m) => m.role === "annotator")
    .map((m) => ({ id: m.user.id, name: m.user.name }));
  const { totals, overall } = report;
  return (
    <>
      <AgreementFilters
        action={here}
        params={filters}
        kinds={project.kinds}
        annotators={annotators}
        invalid={new Set(problems.map((p) => p.key))}
      />
      {problems.length ? (
        <div role="alert" className="alert form-message">
          Left out of the report: {problems.map((p) => p.message).join("; ")}.
        </div>
      ) : null}

      <div className="agreement-summary">
        <p className="muted">
          {formatNumber(totals.articles)} {totals.articles === 1 ? "article" : "articles"} with every layer submitted ·{" "}
          {formatNumber(totals.annotators)} annotators · {formatNumber(totals.claims)} claims in{" "}
          {formatNumber(totals.units)} units
          {totals.articlesSkipped
            ? ` · ${formatNumber(totals.articlesSkipped)} left out (fewer than two of the chosen annotators)`
            : ""}{" "}
          · overlap ≥ {report.settings.overlapThreshold}, value tolerance{" "}
          {Math.round(report.settings.valueTolerance * 100)}%
        </p>
        <div className="agreement-downloads">
          <a className="button button--secondary button--small" href={apiHref(project.id, filters, "csv")} download>
            Download CSV
          </a>
          <a className="button button--secondary button--small" href={apiHref(project.id, filters, "json")} download>
            Download JSON
          </a>
        </div>
      </div>

      {totals.articles === 0 ? (
        <p className="card card--padded muted">
          No article in this selection has all its layers submitted yet: agreement is measured once every annotator of
          an article has submitted.
        </p>
      ) : (
        <>
          <dl className="agreement-headline card card--padded">
            <div>
              <dt>Finding claims, α</dt>
              <dd>
                <CoefficientFigure c={overall.finding} />
              </dd>
            </div>
            <div>
              <dt>Kind, α</dt>
              <dd>
                <CoefficientFigure c={overall.kind} />
              </dd>
            </div>
            <div>
              <dt>Value, α interval</dt>
              <dd>
                <CoefficientFigure c={overall.value} />
              </dd>
            </div>
            <div>
              <dt>Kind, Fleiss’ κ</dt>
              <dd>
                <CoefficientFigure c={overall.fleissKind} />
              </dd>
            </div>
            <div>
              <dt>Span F1, overlap</dt>
              <dd>
                <SpanF1Figure f={overall.spanF1Overlap} />
              </dd>
            </div>
            <div>
              <dt>Span F1, exact</dt>
              <dd>
                <SpanF1Figure f={overall.spanF1Exact} />
              </dd>
            </div>
          </dl>

          <div className="agreement-grid">
            <section className="section" aria-labelledby="attributes-heading">
              <div className="section__header">
                <div>
                  <h2 id="attributes-heading">Per attribute</h2>
                  <p className="section__lede">
                    Krippendorff’s α with its 95% interval; a label opens the units that differ.
                  </p>
                </div>
              </div>
              <div className="card card--padded">
                <MeasureBars
                  label="α per attribute"
                  rows={MEASURED_ATTRIBUTES.map((a) => ({
                    key: a,
                    label: ATTRIBUTE_TITLES[a],
                    coefficient: overall[a],
                    href: units({ attribute: a }),
                  }))}
                />
              </div>
            </section>

            <section className="section" aria-labelledby="kinds-heading">
              <div className="section__header">
                <div>
                  <h2 id="kinds-heading">Per kind</h2>
                  <p className="section__lede">α on finding claims over the units in which someone tagged the kind.</p>
                </div>
              </div>
              <div className="card card--padded">
                {report.kinds.length ? (
                  <MeasureBars
                    label="α on finding claims per kind"
                    rows={report.kinds.map((k) => ({
                      key: k.kind,
                      label: `${kindLabel.get(k.kind) ?? k.kind} (${formatNumber(k.claims)})`,
                      coefficient: k.measures.finding,
                      href: units({ kind: k.kind }),
                    }))}
                  />
                ) : (
                  <p className="muted">No claims.</p>
                )}
              </div>
            </section>
          </div>

          <section className="section" aria-labelledby="pairs-heading">
            <div className="section__header">
              <div>
                <h2 id="pairs-heading">Pairs of annotators</h2>
                <p className="section__lede">Each pair on its own alignment; a cell opens the pair’s disagreements.</p>
              </div>
            </div>
            <div className="card card--padded">
              <PairHeatmap
                annotators={report.annotators}
                pairs={report.pairs}
                figure={matrix}
                unitsHref={(a, b) => units({ pair: `${a},${b}` })}
                figureHref={(f) => `${here}${pageSearch(filters, { ...keep, matrix: f })}#pairs-heading`}
              />
            </div>
          </section>

          <section className="section" aria-labelledby="articles-heading">
            <div className="section__header">
              <h2 id="articles-heading">Articles</h2>
            </div>
            <ArticleTable
              rows={sortArticles(report.articles, sort, dir)}
              sort={sort}
              dir={dir}
              sortHref={(s, d) =>
                `${here}${pageSearch(filters, { sort: s, dir: d, matrix: matrixParam })}#articles-heading`
              }
              unitsHref={(articleId) => units({ article: articleId })}
              adjudicationHref={(articleId) => `${base}/adjudication/${encodeURIComponent(articleId)}`}
            />
          </section>

          <section className="section" aria-labelledby="annotators-heading">
            <div className="section__header">
              <h2 id="annotators-heading">Annotators</h2>
            </div>
            <AnnotatorTable rows={report.annotators} unitsHref={(a) => units({ of: a })} />
          </section>
          <p className="muted">
            <Link href={`${base}/adjudication`}>Adjudication queue</Link>
          </p>
        </>
      )}
    </>
  );
}
