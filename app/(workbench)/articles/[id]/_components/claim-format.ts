/** A claim's attributes as the reader's forms hold them, and their labels. */
import type { Claim, ClaimFields } from "./claim-types";

/** A claim's editable attributes as the forms hold them. */
export function claimToFields(
  c: Pick<
    Claim,
    | "kind"
    | "value"
    | "qualifier"
    | "valueMax"
    | "unit"
    | "timeRef"
    | "attributedTo"
    | "authorType"
    | "statement"
    | "note"
  >,
): ClaimFields {
  return {
    kind: c.kind,
    value: c.value,
    qualifier: c.qualifier,
    valueMax: c.valueMax,
    unit: c.unit ?? "",
    timeRef: c.timeRef ?? "",
    attributedTo: c.attributedTo ?? "",
    authorType: c.authorType ?? "",
    statement: c.statement ?? "",
    note: c.note ?? "",
  };
}

/** Labels of the editable fields, for messages about them. */
export const FIELD_LABELS: Record<keyof ClaimFields, string> = {
  kind: "Kind",
  value: "Value",
  qualifier: "Qualifier",
  valueMax: "Upper value",
  unit: "Unit",
  timeRef: "Time reference",
  attributedTo: "Attributed to",
  authorType: "Who is that",
  statement: "Statement",
  note: "Note",
};
