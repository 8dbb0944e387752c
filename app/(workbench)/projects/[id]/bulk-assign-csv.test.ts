import { describe, expect, it } from "vitest";
import { parseAssignmentCsv } from "./bulk-assign-csv";

describe("parseAssignmentCsv", () => {
  it("reads article,email lines with their line numbers, skipping a header and blank lines", () => {
    const csv = '\uFEFFarticle,email\r\nart1,ana@example.org\n\n"art2" , "ben@example.org"\n';
    expect(parseAssignmentCsv(csv)).toEqual([
      { line: 2, article: "art1", email: "ana@example.org" },
      { line: 4, article: "art2", email: "ben@example.org" },
    ]);
  });

  it("keeps a first line that is data, and a line missing its email (refused later, by number)", () => {
    expect(parseAssignmentCsv("art1,ana@example.org\nart2")).toEqual([
      { line: 1, article: "art1", email: "ana@example.org" },
      { line: 2, article: "art2", email: "" },
    ]);
  });
});
