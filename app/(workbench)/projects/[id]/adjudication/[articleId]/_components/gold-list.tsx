/** The gold claims the adjudication has made so far, in text order, with their review status. */
import { qualifierLabel } from "@/app/(workbench)/_components/claim-labels";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import type { AdjudicationView } from "./adjudication-api";

export function GoldList({ gold, kindLabel }: { gold: AdjudicationView["gold"]; kindLabel: (key: string) => string }) {
  if (gold.length === 0) return null;
  return (
    <section className="unit-list-nav" aria-labelledby="gold-heading">
      <h2 id="gold-heading" className="unit-list-nav__title">
        Gold claims <span className="muted">({gold.length})</span>
      </h2>
      <ul className="gold-list">
        {gold.map((g) => (
          <li key={g.id}>
            <q>{g.exact}</q>{" "}
            <span className="muted">
              {kindLabel(g.kind)}
              {g.value !== null
                ? `, ${g.qualifier ? `${qualifierLabel(g.qualifier)} ` : ""}${formatNumber(g.value)}`
                : ""}
              {g.attributedTo ? `, attributed to ${g.attributedTo}` : ""} · {g.status}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
