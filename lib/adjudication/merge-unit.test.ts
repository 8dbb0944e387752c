import { describe, expect, it } from "vitest";
import { alignClaims } from "@/lib/agreement/align-claims";
import { unitsByClaim } from "@/lib/agreement/measures";
import { testClaim } from "@/test/support/agreement-claims";
import type { AgreementClaim } from "@/lib/agreement/types";
import { planUnit, versionKey, type AutoMergeRule, type MergeableClaim } from "./merge-unit";

const claim = (
  id: string,
  annotatorId: string,
  start: number,
  end: number,
  attributes: Partial<MergeableClaim> = {},
): MergeableClaim => ({
  ...testClaim(id, annotatorId, start, end, { value: 30000, qualifier: "more_than", unit: "people" }),
  valueMax: null,
  timeRef: null,
  attributedTo: null,
  ...attributes,
});

function plans(claims: MergeableClaim[], annotatorIds: string[], rule: AutoMergeRule) {
  const alignment = alignClaims({ articleId: "article", annotatorIds, claims });
  const unitOfClaim = unitsByClaim([alignment as never]);
  return alignment.units.map((u) => planUnit(u, annotatorIds, rule, unitOfClaim));
}

const unanimous: AutoMergeRule = { mode: "unanimous", majorityThreshold: 0.5 };
const majority: AutoMergeRule = { mode: "majority", majorityThreshold: 0.5 };

describe("versionKey", () => {
  it("ignores what the gold claim does not carry and normalises unit and free text", () => {
    const a = claim("a", "x", 0, 10, { unit: " People ", timeRef: "2012 " });
    const b = claim("b", "y", 0, 10, { unit: "people", timeRef: "2012" });
    expect(versionKey(a)).toBe(versionKey(b));
    expect(versionKey(a)).not.toBe(versionKey({ ...b, value: 30500 }));
    expect(versionKey(a)).not.toBe(versionKey({ ...b, end: 11 }));
  });
});

describe("planUnit", () => {
  it("merges a unanimous unit and leaves the others to the adjudicator", () => {
    const result = plans(
      [
        claim("a1", "a", 0, 10),
        claim("b1", "b", 0, 10),
        claim("a2", "a", 20, 30),
        claim("b2", "b", 20, 30, { value: 3 }),
      ],
      ["a", "b"],
      unanimous,
    );
    expect(result[0]).toMatchObject({ action: "merge", provenance: "unanimous", base: { id: "a1" } });
    expect(result[1]).toMatchObject({ action: "adjudicate", why: "no_consensus" });
  });

  it("does nothing automatically when the project says none", () => {
    expect(
      plans([claim("a1", "a", 0, 10), claim("b1", "b", 0, 10)], ["a", "b"], {
        mode: "none",
        majorityThreshold: 0.5,
      })[0],
    ).toEqual({
      action: "adjudicate",
      why: "auto_merge_off",
      conflicts: [],
    });
  });

  it("merges two of three by majority, never one of two", () => {
    const three = plans(
      [claim("a1", "a", 0, 10), claim("b1", "b", 0, 10), claim("c1", "c", 0, 10, { kind: "quantity" })],
      ["a", "b", "c"],
      majority,
    );
    expect(three[0]).toMatchObject({ action: "merge", provenance: "majority", sources: [{ id: "a1" }, { id: "b1" }] });
    const two = plans([claim("a1", "a", 0, 10), claim("b1", "b", 0, 10, { verdict: "refuted" })], ["a", "b"], majority);
    expect(two[0]).toMatchObject({ action: "adjudicate", why: "no_consensus" });
    const strict = plans(
      [claim("a1", "a", 0, 10), claim("b1", "b", 0, 10), claim("c1", "c", 0, 10, { kind: "quantity" })],
      ["a", "b", "c"],
      { mode: "majority", majorityThreshold: 0.7 },
    );
    expect(strict[0]).toMatchObject({ action: "adjudicate" });
  });

  it("rejects by majority a claim most annotators did not make", () => {
    const result = plans([claim("a1", "a", 0, 10)], ["a", "b", "c"], majority);
    expect(result[0]).toMatchObject({
      action: "reject",
      provenance: "majority",
      reasonCode: "not_a_claim",
      sources: [{ id: "a1" }],
    });
    expect(plans([claim("a1", "a", 0, 10)], ["a", "b", "c"], unanimous)[0]).toMatchObject({ action: "adjudicate" });
  });

  it("unites the merged claims' evidence, and leaves conflicting stances to the adjudicator", () => {
    const url = "https://example.org/";
    const link = (stance: string): AgreementClaim["evidence"][number] => ({ targetClaimId: null, url, stance });
    const agreeing = plans(
      [
        claim("a1", "a", 0, 10, {
          evidence: [link("supports"), { targetClaimId: "a2", url: null, stance: "context" }],
        }),
        claim("b1", "b", 0, 10, { evidence: [link("supports")] }),
        claim("a2", "a", 40, 50),
        claim("b2", "b", 40, 50),
      ],
      ["a", "b"],
      unanimous,
    );
    expect(agreeing[0]).toMatchObject({ action: "merge" });
    if (agreeing[0].action !== "merge") throw new Error("merge expected");
    expect(agreeing[0].evidence.map((e) => [e.target, e.stance, e.sourceClaimIds])).toEqual([
      [`url:${url}`, "supports", ["a1", "b1"]],
      ["unit:article#1", "context", ["a1"]],
    ]);
    const conflicting = plans(
      [
        claim("a1", "a", 0, 10, { evidence: [link("supports")] }),
        claim("b1", "b", 0, 10, { evidence: [link("refutes")] }),
      ],
      ["a", "b"],
      unanimous,
    );
    expect(conflicting[0]).toMatchObject({
      action: "adjudicate",
      why: "stance_conflict",
      conflicts: [
        {
          target: `url:${url}`,
          stances: [
            { claimId: "a1", stance: "supports" },
            { claimId: "b1", stance: "refutes" },
          ],
        },
      ],
    });
  });

  it("refuses a threshold outside [0.5, 1]", () => {
    expect(() => plans([claim("a1", "a", 0, 10)], ["a", "b"], { mode: "majority", majorityThreshold: 0.4 })).toThrow(
      RangeError,
    );
  });
});
