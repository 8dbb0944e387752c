import { describe, expect, it } from "vitest";
import { testClaim } from "@/test/support/agreement-claims";
import { agreementWithGoldOverTime, periodStart } from "./gold-agreement";

describe("periodStart", () => {
  it("starts weeks on Monday and months on the first, in UTC", () => {
    expect(periodStart(new Date("2024-05-12T23:30:00Z"), "week")).toBe("2024-05-06"); // a Sunday
    expect(periodStart(new Date("2024-05-13T00:00:00Z"), "week")).toBe("2024-05-13"); // a Monday
    expect(periodStart(new Date("2024-05-31T12:00:00Z"), "month")).toBe("2024-05-01");
  });
});

describe("agreementWithGoldOverTime", () => {
  it("gives one point per period, gold as the reference", () => {
    const g = (id: string, start: number, end: number) => testClaim(id, "someone", start, end);
    const m = (id: string, start: number, end: number, kind = "casualty") => testClaim(id, "me", start, end, { kind });
    const on = <T extends { articleId: string }>(articleId: string, claims: T[]) =>
      claims.map((c) => ({ ...c, articleId }));
    const points = agreementWithGoldOverTime(
      "me",
      [
        {
          articleId: "w1a",
          adjudicatedAt: new Date("2024-05-07T10:00:00Z"),
          mine: on("w1a", [m("m1", 0, 10), m("m2", 50, 60)]),
          gold: on("w1a", [g("g1", 0, 10), g("g2", 20, 30)]),
        },
        {
          articleId: "w1b",
          adjudicatedAt: new Date("2024-05-08T10:00:00Z"),
          mine: on("w1b", [m("m3", 0, 10, "quantity")]),
          gold: on("w1b", [g("g3", 0, 11)]),
        },
        {
          articleId: "w2",
          adjudicatedAt: new Date("2024-05-14T10:00:00Z"),
          mine: on("w2", [m("m4", 5, 9)]),
          gold: on("w2", [g("g4", 5, 9)]),
        },
      ],
      { period: "week", overlapThreshold: 0.5 },
    );
    expect(points.map((p) => [p.period, p.articles])).toEqual([
      ["2024-05-06", 2],
      ["2024-05-13", 1],
    ]);
    // Week 1: gold 3 claims, mine 3; overlap-matched 2 (m1–g1, m3–g3), exact 1 (m1–g1).
    expect(points[0].spanF1Overlap).toMatchObject({ matched: 2, claimsA: 3, claimsB: 3 });
    expect(points[0].spanF1Exact).toMatchObject({ matched: 1 });
    expect(points[1].spanF1Exact.value).toBe(1);
    expect(points[1].kappaKindWithNone.value).toBeNull(); // one label everywhere: 0/0
  });
});
