import { describe, expect, it } from "vitest";
import { formatFigure } from "./figures";

const claim = (
  value: number | null,
  qualifier: string | null,
  valueMax: number | null = null,
  unit: string | null = null,
) => ({ value, qualifier, valueMax, unit });

describe("formatFigure", () => {
  it("shows each qualifier as a symbol and says it in words", () => {
    expect(formatFigure(claim(30000, "more_than", null, "people dead"))).toEqual({
      text: "> 30,000",
      spoken: "more than 30,000",
      unit: "people dead",
    });
    expect(formatFigure(claim(500, "at_least"))?.text).toBe("≥ 500");
    expect(formatFigure(claim(1000, "about"))?.text).toBe("≈ 1,000");
    expect(formatFigure(claim(2000, "up_to"))?.text).toBe("≤ 2,000");
    expect(formatFigure(claim(30000, "exact"))?.text).toBe("30,000");
    expect(formatFigure(claim(30000, null))?.text).toBe("30,000");
  });

  it("shows a range with an en dash", () => {
    expect(formatFigure(claim(20000, "range", 90000, "Syrians"))).toEqual({
      text: "20,000–90,000",
      spoken: "20,000 to 90,000",
      unit: "Syrians",
    });
  });

  it("has nothing to show without a value, and reads unknown qualifiers as exact", () => {
    expect(formatFigure(claim(null, "about"))).toBeNull();
    expect(formatFigure(claim(12, "roughly"))?.text).toBe("12");
  });
});
