import { describe, expect, it } from "vitest";
import { testClaim } from "@/test/support/agreement-claims";
import { changesInMyWork, type GoldClaimRecord } from "./feedback";
import type { MergeableClaim } from "./merge-unit";

const mine = (id: string, start: number, end: number, attributes: Partial<MergeableClaim> = {}): MergeableClaim => ({
  ...testClaim(id, "me", start, end, { value: 30000, qualifier: "more_than", unit: "people" }),
  valueMax: null,
  timeRef: null,
  attributedTo: null,
  ...attributes,
});

const gold = (id: string, from: MergeableClaim | null, attributes: Partial<GoldClaimRecord>): GoldClaimRecord => {
  const { annotatorId: _a, evidence: _e, ...base } = from ?? mine("x", 0, 1);
  return {
    ...base,
    id,
    provenance: "adjudicated",
    sourceClaimIds: from ? [from.id] : [],
    unitClaimIds: from ? [from.id] : [],
    adjudicatorId: "rev",
    reasonCode: null,
    comment: null,
    ...attributes,
  };
};

describe("changesInMyWork", () => {
  it("tells kept, changed, replaced, rejected, pending and missed apart", () => {
    const kept = mine("kept", 0, 10);
    const changed = mine("changed", 20, 30, { value: 3000 });
    const replaced = mine("replaced", 40, 50, { kind: "quantity" });
    const rejected = mine("rejected", 60, 70);
    const pending = mine("pending", 80, 90);
    const result = changesInMyWork(
      [pending, rejected, replaced, changed, kept],
      [
        gold("g1", kept, { provenance: "unanimous", adjudicatorId: null }),
        gold("g2", changed, { value: 30000, reasonCode: "annotator_error", comment: "the text says 30,000" }),
        gold("g3", null, {
          start: 40,
          end: 50,
          kind: "casualty",
          sourceClaimIds: ["other"],
          unitClaimIds: ["other", "replaced"],
        }),
        gold("g4", null, { start: 100, end: 110, sourceClaimIds: ["other2"], unitClaimIds: ["other2"] }),
      ],
      [
        {
          provenance: "adjudicated",
          unitClaimIds: ["rejected"],
          adjudicatorId: "rev",
          reasonCode: "not_a_claim",
          comment: null,
        },
      ],
    );
    expect(result.claims.map((c) => [c.claim.id, c.outcome])).toEqual([
      ["kept", "kept"],
      ["changed", "changed"],
      ["replaced", "replaced"],
      ["rejected", "rejected"],
      ["pending", "pending"],
    ]);
    const second = result.claims[1];
    if (second.outcome !== "changed") throw new Error("changed expected");
    expect(second.changes).toEqual([{ field: "value", mine: 3000, gold: 30000 }]);
    expect(second.gold).toMatchObject({ reasonCode: "annotator_error", comment: "the text says 30,000" });
    const third = result.claims[2];
    if (third.outcome !== "replaced") throw new Error("replaced expected");
    expect(third.changes).toEqual([{ field: "kind", mine: "quantity", gold: "casualty" }]);
    expect(result.missed.map((g) => g.id)).toEqual(["g4"]);
  });

  it("does not call blank and absent text a change", () => {
    const claim = mine("c", 0, 10, { timeRef: "  ", unit: "People" });
    const result = changesInMyWork([claim], [gold("g", claim, { timeRef: null, unit: "people" })], []);
    expect(result.claims[0].outcome).toBe("kept");
  });
});
