import { describe, expect, it } from "vitest";
import { decideEscalation } from "./escalation";
import { EscalationMeasure } from "./escalation-measure";
import { testArticle, testClaim } from "@/test/support/agreement-claims";

const disagreeing = testArticle([
  testClaim("a1", "a", 0, 10, { value: 30000 }),
  testClaim("a2", "a", 20, 30, { kind: "quantity", value: 5 }),
  testClaim("b1", "b", 0, 10, { value: 3000 }),
  testClaim("b2", "b", 40, 50, { kind: "event" }),
]);

describe("decideEscalation", () => {
  it("escalates below the threshold, up to the maximum", () => {
    const rule = { measure: "span_f1_overlap" as const, threshold: 0.8, maxAnnotators: 3 };
    expect(decideEscalation(disagreeing, rule)).toEqual({ escalate: true, value: 0.5, why: "below_threshold" });
    expect(decideEscalation(disagreeing, { ...rule, maxAnnotators: 2 })).toMatchObject({
      escalate: false,
      why: "at_maximum",
    });
    expect(decideEscalation(disagreeing, { ...rule, threshold: 0.5 })).toMatchObject({
      escalate: false,
      why: "at_or_above_threshold",
    });
  });

  it("does not escalate on a measure the article gives nothing to compute", () => {
    const rule = { measure: "verdict_alpha" as const, threshold: 0.8, maxAnnotators: 3 };
    expect(decideEscalation(disagreeing, rule)).toEqual({ escalate: false, value: null, why: "not_computable" });
  });

  it("reads the measure's own figure", () => {
    const rule = { measure: "value_alpha" as const, threshold: 0.5, maxAnnotators: 3 };
    expect(decideEscalation(disagreeing, rule)).toMatchObject({ escalate: true, value: 0 });
  });

  it("names the measures in its schema", () => {
    expect(EscalationMeasure.safeParse("kappa").error?.issues[0].message).toMatch(/^must be one of finding_alpha/);
  });
});
