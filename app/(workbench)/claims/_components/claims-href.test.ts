import { describe, expect, it } from "vitest";
import { claimsHref, hasBlankParams, nextSort, readClaimsParams, sortDirection } from "./claims-href";

describe("claims URLs", () => {
  it("drops blanks, repeats and unknown parameters when reading", () => {
    expect(readClaimsParams({ q: "", kind: ["casualty", "event"], valueMin: " ", other: "x", page: "2" })).toEqual({
      kind: "casualty",
      page: "2",
    });
    expect(hasBlankParams({ q: "", kind: "casualty" })).toBe(true);
    expect(hasBlankParams({ kind: "casualty", other: "" })).toBe(false);
  });

  it("leaves defaults out of links", () => {
    expect(claimsHref({})).toBe("/claims");
    expect(claimsHref({ sort: "-created", page: "1", kind: "casualty" })).toBe("/claims?kind=casualty");
    expect(claimsHref({ q: "over 30,000", sort: "value", page: "3" })).toBe(
      "/claims?q=over+30%2C000&sort=value&page=3",
    );
  });

  it("cycles a header through ascending, descending and back to the default", () => {
    const value = { asc: "value", desc: "-value" } as const;
    expect(nextSort("-created", value)).toBe("value");
    expect(nextSort("value", value)).toBe("-value");
    expect(nextSort("-value", value)).toBe("-created");
    expect(nextSort("kind", { asc: "kind" })).toBe("-created");
    expect(sortDirection("-value", value)).toBe("descending");
    expect(sortDirection("kind", value)).toBeUndefined();
  });
});
