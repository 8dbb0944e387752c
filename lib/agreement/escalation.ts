/**
 * Low agreement asks for another pair of eyes: when an article's agreement on the project's
 * chosen measure falls below its threshold, one more annotator is assigned (up to a maximum)
 * before adjudication. This is the decision; assigning is the workflow's business.
 *
 * The measure is computed on the article alone, from its submitted layers, without bootstrap.
 * A measure that cannot be computed on the article (no unit both tagged for an attribute α, no
 * claim at all) does not escalate: there is no disagreement to resolve by another layer.
 */
import type { EscalationMeasure } from "./escalation-measure";
import type { Coefficient, SpanF1 } from "./coefficient";
import { buildAgreementReport } from "./report";
import type { AgreementSettings } from "./measures";
import type { ArticleLayers } from "./types";

export interface EscalationRule {
  measure: EscalationMeasure;
  /** Below this value the article gets another annotator. */
  threshold: number;
  /** Most annotators an article may reach by escalation. */
  maxAnnotators: number;
}

export interface EscalationDecision {
  escalate: boolean;
  /** The article's value on the measure (null when it cannot be computed on the article). */
  value: number | null;
  why: "below_threshold" | "at_or_above_threshold" | "not_computable" | "at_maximum";
}

/** The article's value on an escalation measure. */
function articleMeasure(
  layers: ArticleLayers,
  measure: EscalationMeasure,
  settings: Partial<AgreementSettings> = {},
): number | null {
  const report = buildAgreementReport({
    layers: [layers],
    filters: { projectId: "" },
    settings: { ...settings, bootstrapSamples: 0 },
  });
  const o = report.overall;
  const figure: Coefficient | SpanF1 = {
    finding_alpha: o.finding,
    kind_alpha: o.kind,
    value_alpha: o.value,
    verdict_alpha: o.verdict,
    span_f1_overlap: o.spanF1Overlap,
    span_f1_exact: o.spanF1Exact,
  }[measure];
  return figure.value;
}

/** Whether the article, annotated by `layers.annotatorIds`, gets one more annotator. */
export function decideEscalation(
  layers: ArticleLayers,
  rule: EscalationRule,
  settings: Partial<AgreementSettings> = {},
): EscalationDecision {
  const value = articleMeasure(layers, rule.measure, settings);
  if (value === null) return { escalate: false, value, why: "not_computable" };
  if (value >= rule.threshold) return { escalate: false, value, why: "at_or_above_threshold" };
  if (layers.annotatorIds.length >= rule.maxAnnotators) return { escalate: false, value, why: "at_maximum" };
  return { escalate: true, value, why: "below_threshold" };
}
