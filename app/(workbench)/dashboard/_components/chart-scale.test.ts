import { describe, expect, it } from "vitest";
import { clip, niceStep, ticks } from "./chart-scale";

describe("chart scale", () => {
  it("picks round steps", () => {
    expect(niceStep(7)).toBe(2);
    expect(niceStep(48)).toBe(10);
    expect(niceStep(1234)).toBe(500);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
  });

  it("covers the maximum with gridlines", () => {
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(0)).toEqual([0, 1]);
  });

  it("clips long labels", () => {
    expect(clip("Short", 10)).toBe("Short");
    expect(clip("A rather long article title", 10)).toBe("A rather…");
  });
});
