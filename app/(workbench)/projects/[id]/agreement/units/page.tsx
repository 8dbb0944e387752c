import type { Metadata } from "next";
import Link from "next/link";
import { firstParam } from "@/app/_components/search-params";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { getDisagreements } from "@/lib/agreement/get-disagreements";
import type { UnitAttribute } from "@/lib/agreement/report";
import { getDb } from "@/lib/db/client";
import { loadProject } from "../../load-project";
import { pageSearch, parseParams, readParams, type PageSearchParams } from "../_components/agreement-params";
import { ATTRIBUTE_TITLES, MEASURED_ATTRIBUTES } from "../_components/coefficient-figure";
import { UnitCompare } from "./_components/unit-compare";
import "../agreement.css";

export const metadata: Metadata = { title: "Disagreements" };

const SHOWN = 100;

export default async function DisagreementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/agreement/units", "project.review");
  const sp = await searchParams;
  const filters = readParams(sp);
  const pair = firstParam(sp.pair)?.split(",").filter(Boolean);
  if (pair?.length === 2) filters.annotators = pair;
  const parsed = parseParams(filters);
  const article = firstParam(sp.article)?.trim() || undefined;
  const attributeParam = firstParam(sp.attribute);
  const attribute = MEASURED_ATTRIBUTES.includes(attributeParam as UnitAttribute)
    ? (attributeParam as UnitAttribute)
    : undefined;
  const of = firstParam(sp.of)?.trim() || undefined;
  const result = await getDisagreements({
    db: getDb(),
    actor,
    projectId: project.id,
    query: { ...parsed.query, ...(article ? { article: [article] } : {}) },
    attribute,
    of,
    limit: SHOWN,
  });
  const kindLabels = new Map(project.kinds.map((k) => [k.key, k.label]));
  const nameOf = new Map(result.annotators.map((a) => [a.id, a.label]));
  const scope = [
    attribute ? `on ${ATTRIBUTE_TITLES[attribute].toLowerCase()}` : null,
    parsed.params.kind ? `in units tagged ${kindLabels.get(parsed.params.kind) ?? parsed.params.kind}` : null,
    pair?.length === 2 ? `between ${pair.map((p) => nameOf.get(p) ?? p).join(" and ")}` : null,
    of ? `on ${nameOf.get(of) ?? of}’s articles` : null,
    article && result.units[0] ? `in “${result.units[0].title}”` : null,
  ].filter(Boolean);
  const back = `/projects/${encodeURIComponent(project.id)}/agreement${pageSearch({ ...parsed.params, annotators: pair?.length === 2 ? [] : parsed.params.annotators })}`;
  return (
    <>
      <p>
        <Link href={back} className="back-link">
          ← Agreement
        </Link>
      </p>
      <div className="section__header">
        <div>
          <h2>Disagreements {scope.join(" ")}</h2>
          <p className="section__lede">
            {result.total === 0
              ? "No unit differs in this selection."
              : `${formatNumber(result.total)} ${result.total === 1 ? "unit differs" : "units differ"}${result.total > SHOWN ? `; the first ${SHOWN} are shown` : ""}. Each annotator’s claim is marked in the same stretch of text.`}
          </p>
        </div>
      </div>
      {attribute ? null : (
        <nav className="heatmap__figures" aria-label="Attribute">
          {MEASURED_ATTRIBUTES.map((a) => (
            <Link
              key={a}
              href={`?${new URLSearchParams({ ...flat(sp), attribute: a }).toString()}`}
              prefetch={false}
              className="chip-link"
            >
              {ATTRIBUTE_TITLES[a]}
            </Link>
          ))}
        </nav>
      )}
      <div className="unit-list">
        {result.units.map((u) => (
          <UnitCompare key={u.id} unit={u} annotators={result.annotators} kindLabel={(k) => kindLabels.get(k) ?? k} />
        ))}
      </div>
    </>
  );
}

function flat(sp: PageSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const first = firstParam(v);
    if (first !== undefined) out[k] = Array.isArray(v) ? v.join(",") : first;
  }
  return out;
}
