import { describe, expect, it } from "vitest";
import { findDate, normalizeMetaDate, parseDateLine } from "./dates";

describe("parseDateLine", () => {
  it.each([
    ["Wednesday, February 20, 2013", "2013-02-20"],
    ["December 6, 2012 | 10:32 a.m. PST", "2012-12-06"],
    ["Dec. 6, 2012", "2012-12-06"],
    ["Sept. 18, 2015", "2015-09-18"],
    ["6 December 2012", "2012-12-06"],
    ["Thu 11th February 2016 at 14:05 GMT", "2016-02-11"],
    ["Published: 2016-02-11", "2016-02-11"],
    ["Posted on March 3, 2020 11:30 pm EST", "2020-03-03"],
    ["2016/02/11 09:30 +01:00", "2016-02-11"],
  ])("%s → %s", (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each([
    "Russia said Thursday it was ready to discuss a ceasefire",
    "The UN declared Syria a crisis on February 20, 2013 after talks",
    "February 30, 2013",
    "13/45/2012",
    "Sept. 18",
    "",
  ])("rejects %j", (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});

describe("findDate", () => {
  it("finds a stamp inside a byline", () => {
    expect(findDate("Danielle Tarasiuk | December 6, 2012 | 10:32 a.m. PST")).toBe("2012-12-06");
    expect(findDate("no date here")).toBeUndefined();
  });
});

describe("normalizeMetaDate", () => {
  it("keeps zoned ISO timestamps as written, so the local day survives", () => {
    expect(normalizeMetaDate("2016-02-11T23:30:00-05:00")).toBe("2016-02-11T23:30:00-05:00");
    expect(normalizeMetaDate("2016-02-11T10:00:00Z")).toBe("2016-02-11T10:00:00Z");
  });

  it("reduces other shapes to the day", () => {
    expect(normalizeMetaDate("2013/02/20")).toBe("2013-02-20");
    expect(normalizeMetaDate("2013-02")).toBe("2013-02-01");
    expect(normalizeMetaDate("2016-02-11 10:00")).toBe("2016-02-11");
    expect(normalizeMetaDate("Wed, 20 Feb 2013 10:00:00 GMT")).toBe("2013-02-20");
  });

  it("rejects garbage", () => {
    expect(normalizeMetaDate("")).toBeUndefined();
    expect(normalizeMetaDate("yesterday")).toBeUndefined();
    expect(normalizeMetaDate("2016-13-45T10:00:00Z")).toBeUndefined();
  });
});
