"use client";

/** Evidence targets the unit's claims link with different stances: the adjudicator picks one stance for each. */
import type { UnitView } from "./adjudication-api";

type Option = { key: string; label: string };
export type StanceConflict = { target: string; options: { stance: string; by: string[] }[] };

/** Evidence targets the unit's claims link with different stances, with who chose which. */
export function stanceConflicts(unit: UnitView, annotators: Option[]): StanceConflict[] {
  const byTarget = new Map<string, Map<string, string[]>>();
  for (const a of annotators) {
    for (const link of unit.claims[a.key]?.evidence ?? []) {
      const stances = byTarget.get(link.target) ?? new Map<string, string[]>();
      stances.set(link.stance, [...(stances.get(link.stance) ?? []), a.label]);
      byTarget.set(link.target, stances);
    }
  }
  return [...byTarget]
    .filter(([, s]) => s.size > 1)
    .map(([target, s]) => ({ target, options: [...s].map(([stance, by]) => ({ stance, by })) }));
}

export function StanceChoice({
  conflicts,
  stances,
  onChange,
}: {
  conflicts: StanceConflict[];
  stances: Record<string, string>;
  onChange: (stances: Record<string, string>) => void;
}) {
  return (
    <fieldset className="unit-panel__stances">
      <legend>Evidence stances disagree: choose one for each source</legend>
      {conflicts.map((c) => (
        <div key={c.target} className="unit-panel__stance" role="radiogroup" aria-label={`Stance for ${c.target}`}>
          <span className="mono unit-panel__target">{c.target.replace(/^url:|^unit:/, "")}</span>
          {c.options.map((o) => (
            <label key={o.stance} className="check">
              <input
                type="radio"
                name={c.target}
                value={o.stance}
                checked={stances[c.target] === o.stance}
                onChange={() => onChange({ ...stances, [c.target]: o.stance })}
              />{" "}
              {o.stance} <span className="muted">({o.by.join(", ")})</span>
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
