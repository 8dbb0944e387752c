import { describe, expect, it } from "vitest";
import { formatClaimDate, formatPeriod } from "./dates";

describe("formatClaimDate", () => {
  it("says no more than is known", () => {
    const d = new Date("2012-12-06T00:00:00Z");
    expect(formatClaimDate(d, "day")).toBe("6 Dec 2012");
    expect(formatClaimDate(d, "month")).toBe("Dec 2012");
    expect(formatClaimDate(d, "year")).toBe("2012");
    expect(formatClaimDate(null, null)).toBe("Undated");
    expect(formatPeriod("2016-02")).toBe("Feb 2016");
    expect(formatPeriod("2015")).toBe("2015");
  });
});
