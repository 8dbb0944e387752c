import { describe, expect, it } from "vitest";
import { claimDate, parseTimeRef } from "./claim-date";

const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe("parseTimeRef", () => {
  it("reads days, months and years", () => {
    expect(parseTimeRef("December 6, 2012")).toMatchObject({ precision: "day", period: "2012-12" });
    expect(iso(parseTimeRef("as of 6 Dec 2012")?.date)).toBe("2012-12-06");
    expect(iso(parseTimeRef("2016-02-11")?.date)).toBe("2016-02-11");
    expect(parseTimeRef("in December 2012")).toMatchObject({ precision: "month", period: "2012-12" });
    expect(iso(parseTimeRef("by Sept. 2013")?.date)).toBe("2013-09-15");
    expect(parseTimeRef("2013-09")).toMatchObject({ precision: "month", period: "2013-09" });
    expect(parseTimeRef("in 2015")).toMatchObject({ precision: "year", period: "2015" });
  });

  it("ignores a span's start and text without a date", () => {
    expect(parseTimeRef("since March 2011")).toBeNull();
    expect(parseTimeRef("from 2011 to now")).toBeNull();
    expect(parseTimeRef("last week")).toBeNull();
    expect(parseTimeRef(null)).toBeNull();
  });
});

describe("claimDate", () => {
  const article = { publishedAt: new Date("2012-12-06T00:00:00Z") };
  it("prefers the claim's own reference, else the article's date", () => {
    expect(claimDate({ timeRef: "March 2013" }, article)).toMatchObject({ source: "timeRef", period: "2013-03" });
    expect(claimDate({ timeRef: "since March 2011" }, article)).toMatchObject({
      source: "article",
      period: "2012-12",
      precision: "day",
    });
    expect(claimDate({ timeRef: null }, { publishedAt: null })).toBeNull();
  });
});
