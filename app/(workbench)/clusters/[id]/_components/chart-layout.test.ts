import { describe, expect, it } from "vitest";
import { layoutChart } from "./chart-layout";

const point = (
  id: string,
  date: string,
  value: number,
  qualifier: string | null = "more_than",
  valueMax: number | null = null,
) => ({
  id,
  date: new Date(date),
  value,
  qualifier,
  valueMax,
});

describe("layoutChart", () => {
  it("places the Syrian tolls left to right in time, higher figures higher, same-day figures side by side", () => {
    const { placed, log } = layoutChart([
      point("30k", "2012-12-06", 30000),
      point("40k", "2012-12-06", 40000),
      point("260k", "2016-02-11", 260000),
    ]);
    const [a, b, c] = placed;
    expect(log).toBe(false);
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    expect(b.x - a.x).toBe(16);
    expect(c.y).toBeLessThan(b.y);
    expect(b.y).toBeLessThan(a.y);
    expect(placed.map((p) => p.mark)).toEqual(["lower", "lower", "lower"]);
  });

  it("switches to a log scale for figures a factor of 50 apart, and marks ranges and about-figures", () => {
    const { log, yTicks, placed } = layoutChart([
      point("a", "2020-01-01", 100, "about"),
      point("b", "2020-06-01", 10000, "range", 20000),
    ]);
    expect(log).toBe(true);
    expect(yTicks).toEqual([100, 1000, 10000]);
    expect(placed[0]).toMatchObject({ mark: "about" });
    expect(placed[0]?.y1).toBeLessThan(placed[0]?.y ?? 0);
    expect(placed[1]?.mark).toBe("range");
    expect(placed[1]?.y1).toBeLessThan(placed[1]?.y ?? 0);
  });
});
