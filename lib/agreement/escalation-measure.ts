import { z } from "zod";

/** The measures an article's escalation can be decided on (the project's `escalationMeasure`). */
const escalationMeasures = [
  "finding_alpha",
  "kind_alpha",
  "value_alpha",
  "verdict_alpha",
  "span_f1_overlap",
  "span_f1_exact",
] as const;

export const EscalationMeasure = z.enum(escalationMeasures, {
  error: `must be one of ${escalationMeasures.join(", ")}`,
});
export type EscalationMeasure = z.infer<typeof EscalationMeasure>;
