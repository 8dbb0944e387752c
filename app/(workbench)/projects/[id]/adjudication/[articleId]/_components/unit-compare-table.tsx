/** A unit's claims attribute by attribute, one column per annotator; the rows that differ are marked. */
import { qualifierLabel } from "@/app/(workbench)/_components/claim-labels";
import { formatNumber } from "@/app/(workbench)/_components/format/figures";
import { ANNOTATOR_COLOURS, type UnitView } from "./adjudication-api";
import { TableWrap } from "@/app/_components/table-wrap";

type Option = { key: string; label: string };
type Claim = NonNullable<UnitView["claims"][string]>;
const ROWS = ["kind", "value", "qualifier", "unit", "verdict"] as const;
const ROW_LABELS = { kind: "Kind", value: "Value", qualifier: "Qualifier", unit: "Unit", verdict: "Verdict" };

export function UnitCompareTable({
  unit,
  annotators,
  text,
  kinds,
  verdicts,
}: {
  unit: UnitView;
  annotators: Option[];
  text: string;
  kinds: Option[];
  verdicts: Option[];
}) {
  const differs = new Set<string>(unit.differs);
  const label = (options: Option[], key: string | null) =>
    key ? (options.find((o) => o.key === key)?.label ?? key) : "—";
  const cell = (c: Claim | null, row: (typeof ROWS)[number]) => {
    if (!c) return "—";
    if (row === "kind") return label(kinds, c.kind);
    if (row === "verdict") return label(verdicts, c.verdict);
    if (row === "value") return c.value === null ? "—" : formatNumber(c.value);
    if (row === "qualifier") return c.qualifier === null ? "—" : qualifierLabel(c.qualifier);
    return c[row] ?? "—";
  };
  const rowClass = (attribute: string) => (differs.has(attribute) ? "unit-panel__row--differs" : undefined);
  return (
    <TableWrap label="Annotations compared">
      <table className="table unit-panel__table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Attribute</span>
            </th>
            {annotators.map((a, i) => (
              <th key={a.key} scope="col">
                <span className="annotator-dot" style={{ background: ANNOTATOR_COLOURS[i % 5] }} aria-hidden="true" />{" "}
                {a.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className={rowClass("finding")}>
            <th scope="row">Text</th>
            {annotators.map((a) => {
              const c = unit.claims[a.key];
              return (
                <td key={a.key}>
                  {c ? <q>{text.slice(c.start, c.end)}</q> : <em className="unit-panel__none">no claim</em>}
                </td>
              );
            })}
          </tr>
          {ROWS.map((row) => (
            <tr key={row} className={rowClass(row)}>
              <th scope="row">{ROW_LABELS[row]}</th>
              {annotators.map((a) => (
                <td key={a.key}>{cell(unit.claims[a.key], row)}</td>
              ))}
            </tr>
          ))}
          <tr className={rowClass("stance")}>
            <th scope="row">Evidence</th>
            {annotators.map((a) => {
              const c = unit.claims[a.key];
              return <td key={a.key}>{c?.evidence.length ? c.evidence.map((e) => e.stance).join(", ") : "—"}</td>;
            })}
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
