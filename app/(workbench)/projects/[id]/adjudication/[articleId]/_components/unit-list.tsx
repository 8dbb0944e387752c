"use client";

/** The article's units in text order, each with where it stands; the selected one is open in the panel. */
import type { UnitView } from "./adjudication-api";

function standing(u: UnitView): string {
  if (!u.decision) return u.differs.length ? "to decide" : "to confirm";
  if (u.decision.action === "reject") return "rejected";
  if (u.decision.provenance !== "adjudicated") return `merged (${u.decision.provenance})`;
  return u.decision.action === "edit" ? "edited" : "taken";
}

export function UnitList({
  units,
  text,
  selected,
  onSelect,
  added,
}: {
  units: UnitView[];
  text: string;
  selected: number;
  onSelect: (i: number) => void;
  added: number;
}) {
  return (
    <nav className="unit-list-nav" aria-label="Units">
      <h2 className="unit-list-nav__title">
        Units <span className="muted">(J/K to move)</span>
      </h2>
      <ol className="unit-list-nav__items">
        {units.map((u, i) => (
          <li key={u.id}>
            <button
              type="button"
              className={u.decision ? "unit-list-nav__item unit-list-nav__item--done" : "unit-list-nav__item"}
              aria-current={i === selected ? "true" : undefined}
              onClick={() => onSelect(i)}
            >
              <span className="unit-list-nav__text">{text.slice(u.start, u.end)}</span>
              <span className="unit-list-nav__standing">{standing(u)}</span>
            </button>
          </li>
        ))}
      </ol>
      {added ? <p className="muted">{added === 1 ? "1 claim" : `${added} claims`} added by hand.</p> : null}
    </nav>
  );
}
