import { describe, expect, it } from "vitest";
import { covers, encloses } from "./claim-spans";

describe("covers and encloses", () => {
  const outer = { start: 10, end: 30 };
  it("a span covers what lies inside it, itself included", () => {
    expect(covers(outer, { start: 12, end: 20 })).toBe(true);
    expect(covers(outer, { start: 10, end: 30 })).toBe(true);
    expect(covers(outer, { start: 5, end: 20 })).toBe(false);
    expect(covers(outer, { start: 25, end: 31 })).toBe(false);
  });
  it("encloses only what is shorter: two claims on the same span enclose neither way", () => {
    expect(encloses(outer, { start: 10, end: 29 })).toBe(true);
    expect(encloses(outer, { start: 10, end: 30 })).toBe(false);
    expect(encloses({ start: 12, end: 20 }, outer)).toBe(false);
  });
});
