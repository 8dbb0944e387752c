import { describe, expect, it } from "vitest";
import { figureInterval, findConflicts, type FigureClaim } from "./conflicts";

const claim = (
  id: string,
  value: number | null,
  qualifier: string | null,
  period: string | null,
  valueMax: number | null = null,
): FigureClaim => ({
  id,
  value,
  qualifier,
  valueMax,
  period,
});

describe("figureInterval", () => {
  it("reads each qualifier as the values it allows", () => {
    expect(figureInterval(claim("a", 100, "exact", null))).toEqual([100, 100]);
    expect(figureInterval(claim("a", 100, null, null))).toEqual([100, 100]);
    expect(figureInterval(claim("a", 100, "about", null))).toEqual([90, 110]);
    expect(figureInterval(claim("a", 100, "more_than", null))).toEqual([100, Infinity]);
    expect(figureInterval(claim("a", 100, "at_least", null))).toEqual([100, Infinity]);
    expect(figureInterval(claim("a", 100, "up_to", null))).toEqual([0, 100]);
    expect(figureInterval(claim("a", 100, "range", null, 200))).toEqual([100, 200]);
    expect(figureInterval(claim("a", null, "exact", null))).toBeNull();
  });
});

describe("findConflicts", () => {
  it("flags the Syrian death tolls of December 2012 as differing figures, not the 2016 one", () => {
    const conflicts = findConflicts([
      claim("30k", 30000, "more_than", "2012-12"),
      claim("40k", 40000, "more_than", "2012-12"),
      claim("260k", 260000, "more_than", "2016-02"),
    ]);
    expect(conflicts).toEqual([
      { period: "2012-12", claimIds: ["30k", "40k"], severity: "differing_figures", difference: 0.25 },
    ]);
  });

  it("calls disjoint figures a contradiction", () => {
    const conflicts = findConflicts([
      claim("a", 100, "exact", "2020-01"),
      claim("b", 150, "up_to", "2020-01"),
      claim("c", 200, "exact", "2020-01"),
    ]);
    expect(conflicts.map((c) => [c.claimIds.join("+"), c.severity])).toEqual([
      ["a+b", "differing_figures"],
      ["a+c", "contradiction"],
      ["b+c", "contradiction"],
    ]);
    expect(findConflicts([claim("a", 300, "more_than", "2020-01"), claim("b", 200, "up_to", "2020-01")])).toMatchObject(
      [{ severity: "contradiction" }],
    );
  });

  it("lets figures within the tolerance, and a figure inside a range, agree", () => {
    expect(findConflicts([claim("a", 100, "exact", "2020-01"), claim("b", 109, "about", "2020-01")])).toEqual([]);
    expect(
      findConflicts([claim("a", 20000, "range", "2020-01", 90000), claim("b", 60000, "exact", "2020-01")]),
    ).toEqual([]);
    expect(
      findConflicts([claim("a", 20000, "range", "2020-01", 30000), claim("b", 60000, "exact", "2020-01")]),
    ).toMatchObject([{ severity: "contradiction" }]);
  });

  it("compares only claims of one period, and skips undated or figureless claims", () => {
    expect(findConflicts([claim("a", 1, "exact", "2020-01"), claim("b", 100, "exact", "2020-02")])).toEqual([]);
    expect(findConflicts([claim("a", 1, "exact", null), claim("b", 100, "exact", null)])).toEqual([]);
    expect(findConflicts([claim("a", null, null, "2020-01"), claim("b", 100, "exact", "2020-01")])).toEqual([]);
  });
});
