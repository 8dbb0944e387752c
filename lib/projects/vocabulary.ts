/**
 * The projects vocabulary's wire values, without zod (browser code imports these; schemas build
 * their enums from them in `./schema`).
 */

/** A member's role in one project. Reviewers also adjudicate; managers run the project. */
export const projectRoles = ["annotator", "reviewer", "manager"] as const;
export type ProjectRole = (typeof projectRoles)[number];

/** Who sees a project: its members only, or every user of the instance (the Default project). */
export const projectVisibilities = ["members", "instance"] as const;

/** How articles reach annotators: they take them from the queue, or managers assign them. */
export const assignmentModes = ["automatic", "manual"] as const;

/** The queue's order: articles with the fewest annotations first, or a random order fixed per annotator. */
export const queueOrders = ["fewest_first", "random"] as const;

/** An assignment's life: assigned → in_progress → submitted, or returned (timeout or manager). */
export type AssignmentState = "assigned" | "in_progress" | "submitted" | "returned";
/** States in which the annotator can still work on it. */
export const openAssignmentStates = ["assigned", "in_progress"] as const;

/** Why an assignment was returned to the pool. */
export type ReturnReason = "timeout" | "manager";

/**
 * An article's progress in a project: open (slots left), full (every slot taken), annotated
 * (every assignment submitted), adjudicated (gold settled; blind no longer applies).
 */
export const projectArticleStates = ["open", "full", "annotated", "adjudicated"] as const;

/** The claim attributes a kind can take (range = the upper bound of a range). */
export const kindAttributes = ["value", "qualifier", "range", "unit", "timeRef", "attributedTo"] as const;
export type KindAttribute = (typeof kindAttributes)[number];
/** For each attribute a kind takes: may be left empty, or must be filled before submitting. */
export const attributeRequirements = ["optional", "required"] as const;
export type KindAttributes = Partial<Record<KindAttribute, (typeof attributeRequirements)[number]>>;

/** The claim field each attribute is stored in. */
export const attributeField: Record<
  KindAttribute,
  "value" | "qualifier" | "valueMax" | "unit" | "timeRef" | "attributedTo"
> = {
  value: "value",
  qualifier: "qualifier",
  range: "valueMax",
  unit: "unit",
  timeRef: "timeRef",
  attributedTo: "attributedTo",
};

export interface VerdictLabel {
  key: string;
  label: string;
}

/** AVeriTeC's four verdict labels: every new project starts with them. */
export const AVERITEC_VERDICTS: readonly VerdictLabel[] = [
  { key: "supported", label: "Supported" },
  { key: "refuted", label: "Refuted" },
  { key: "conflicting", label: "Conflicting evidence/Cherry-picking" },
  { key: "not_enough_evidence", label: "Not enough evidence" },
];

/** Every attribute, optional: what today's six kinds take. */
export const ALL_ATTRIBUTES_OPTIONAL: KindAttributes = Object.fromEntries(
  kindAttributes.map((a) => [a, "optional"]),
) as KindAttributes;

/** Abandonment timeout of a new project: 48 hours. */
export const DEFAULT_ABANDON_AFTER_MINUTES = 48 * 60;
