/**
 * One disagreeing unit, read side by side: for each annotator the same stretch of the article
 * with their claim marked, and its attributes, the ones that differ emphasised; "no claim" where
 * they made none.
 */
import type { UnitAttribute, UnitClaimSummary } from "@/lib/agreement/report";
import type { UnitExcerpt } from "@/lib/agreement/get-disagreements";
import { qualifierLabel } from "@/app/(workbench)/_components/claim-labels";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { ATTRIBUTE_TITLES } from "../../_components/coefficient-figure";

function Excerpt({ excerpt, claim }: { excerpt: UnitExcerpt; claim: UnitClaimSummary | null }) {
  const text = excerpt.text;
  const lead = excerpt.start > 0 ? "…" : "";
  if (!claim) {
    return (
      <p className="unit-compare__text">
        {lead}
        {text}…
      </p>
    );
  }
  const from = Math.max(0, claim.start - excerpt.start);
  const to = Math.min(text.length, claim.end - excerpt.start);
  return (
    <p className="unit-compare__text">
      {lead}
      {text.slice(0, from)}
      <mark>{text.slice(from, to)}</mark>
      {text.slice(to)}…
    </p>
  );
}

const FIELDS = ["kind", "value", "qualifier", "unit", "verdict"] as const;

export function UnitCompare({
  unit,
  annotators,
  kindLabel,
}: {
  unit: {
    id: string;
    title: string;
    claims: Record<string, UnitClaimSummary | null>;
    differs: UnitAttribute[];
    excerpt: UnitExcerpt;
  };
  annotators: { id: string; label: string }[];
  kindLabel: (key: string) => string;
}) {
  const who = annotators.filter((a) => a.id in unit.claims);
  const differs = new Set<string>(unit.differs);
  const show = (field: (typeof FIELDS)[number], c: UnitClaimSummary) => {
    const v = c[field];
    if (v === null) return "—";
    if (field === "kind") return kindLabel(String(v));
    if (field === "value") return formatNumber(Number(v));
    if (field === "qualifier") return qualifierLabel(String(v));
    return String(v);
  };
  return (
    <article className="unit-compare card" aria-label={`Unit in ${unit.title}`}>
      <header className="unit-compare__head">
        <h3 className="unit-compare__title">{unit.title}</h3>
        <p className="unit-compare__differs">Differs on: {unit.differs.map((d) => ATTRIBUTE_TITLES[d]).join(", ")}</p>
      </header>
      <div className="unit-compare__columns" style={{ ["--columns" as string]: who.length }}>
        {who.map((a) => {
          const claim = unit.claims[a.id];
          return (
            <section key={a.id} className="unit-compare__column" aria-label={a.label}>
              <h4 className="unit-compare__who">{a.label}</h4>
              <Excerpt excerpt={unit.excerpt} claim={claim} />
              {claim ? (
                <dl className="unit-compare__fields">
                  {FIELDS.map((f) => (
                    <div
                      key={f}
                      className={
                        differs.has(f) ? "unit-compare__field unit-compare__field--differs" : "unit-compare__field"
                      }
                    >
                      <dt>{ATTRIBUTE_TITLES[f]}</dt>
                      <dd>{show(f, claim)}</dd>
                    </div>
                  ))}
                  {claim.evidence.length ? (
                    <div
                      className={
                        differs.has("stance")
                          ? "unit-compare__field unit-compare__field--differs"
                          : "unit-compare__field"
                      }
                    >
                      <dt>Evidence</dt>
                      <dd>{claim.evidence.map((e) => e.stance).join(", ")}</dd>
                    </div>
                  ) : null}
                </dl>
              ) : (
                <p className="unit-compare__none">No claim</p>
              )}
            </section>
          );
        })}
      </div>
    </article>
  );
}
