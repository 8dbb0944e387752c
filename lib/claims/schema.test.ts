import { describe, expect, it } from "vitest";
import { CreateClaimInput, ListClaimsQuery, rangeProblem, UpdateClaimInput } from "./schema";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.map(String).join(".")).sort();

describe("rangeProblem", () => {
  it.each([
    [{ value: 1, qualifier: "range", valueMax: 2 }, null],
    [{ value: 2, qualifier: "range", valueMax: 2 }, null],
    [{ value: 3, qualifier: "range", valueMax: 2 }, "valueMax"],
    [{ value: 3, qualifier: "range" }, "valueMax"],
    [{ qualifier: "range", valueMax: 2 }, "value"],
    [{ value: 3, qualifier: "about", valueMax: 5 }, "valueMax"],
    [{ value: 3, valueMax: 5 }, "valueMax"],
    [{ value: 3, qualifier: "exact", valueMax: null }, null],
    [{}, null],
  ] as const)("%j → %s", (attrs, path) => {
    expect(rangeProblem(attrs)?.path ?? null).toBe(path);
  });
});

describe("CreateClaimInput", () => {
  const base = { start: 0, end: 4, exact: "over", kind: "casualty" };

  it("trims text, turns blanks into null and keeps absent fields absent", () => {
    const parsed = CreateClaimInput.parse({ ...base, unit: "  people dead ", note: "   ", attributedTo: null });
    expect(parsed).toEqual({ ...base, unit: "people dead", note: null, attributedTo: null });
  });

  it("requires kind and whole-number offsets, and names each field", () => {
    expect(paths(CreateClaimInput.safeParse({ start: 1.5, end: "4", exact: 3 }))).toEqual([
      "end",
      "exact",
      "kind",
      "start",
    ]);
  });

  it("enforces the range rule and maximum lengths", () => {
    expect(paths(CreateClaimInput.safeParse({ ...base, value: 10, qualifier: "range", valueMax: 5 }))).toEqual([
      "valueMax",
    ]);
    expect(paths(CreateClaimInput.safeParse({ ...base, value: 10, valueMax: 50 }))).toEqual(["valueMax"]);
    expect(paths(CreateClaimInput.safeParse({ ...base, unit: "x".repeat(101) }))).toEqual(["unit"]);
  });

  it("refuses non-finite values", () => {
    expect(paths(CreateClaimInput.safeParse({ ...base, value: Infinity }))).toEqual(["value"]);
    expect(paths(CreateClaimInput.safeParse({ ...base, value: Number.NaN }))).toEqual(["value"]);
  });
});

describe("UpdateClaimInput", () => {
  it("requires a version", () => {
    const result = UpdateClaimInput.safeParse({ note: "x" });
    expect(paths(result)).toEqual(["version"]);
    expect(result.error?.issues[0].message).toMatch(/required/);
  });

  it("takes span fields only together", () => {
    expect(paths(UpdateClaimInput.safeParse({ version: 1, start: 3 }))).toEqual(["end", "exact"]);
    expect(UpdateClaimInput.safeParse({ version: 1, start: 3, end: 5, exact: "ab" }).success).toBe(true);
  });

  it("keeps null (clear) apart from absent (leave alone)", () => {
    expect(UpdateClaimInput.parse({ version: 2, unit: null, value: null })).toEqual({
      version: 2,
      unit: null,
      value: null,
    });
    expect(paths(UpdateClaimInput.safeParse({ version: 2, kind: null }))).toEqual(["kind"]);
  });
});

describe("ListClaimsQuery", () => {
  it("defaults and coerces", () => {
    expect(ListClaimsQuery.parse({})).toEqual({ sort: "-created", page: 1, pageSize: 25 });
    expect(ListClaimsQuery.parse({ valueMin: "10", valueMax: "2e3", kind: "", page: "2" })).toMatchObject({
      valueMin: 10,
      valueMax: 2000,
      page: 2,
    });
  });

  it("names each bad parameter", () => {
    expect(
      paths(
        ListClaimsQuery.safeParse({ sort: "size", kind: "Rumour!", status: "done", valueMin: "lots", pageSize: "500" }),
      ),
    ).toEqual(["kind", "pageSize", "sort", "status", "valueMin"]);
    expect(paths(ListClaimsQuery.safeParse({ valueMin: "Infinity" }))).toEqual(["valueMin"]);
    expect(paths(ListClaimsQuery.safeParse({ valueMin: "10", valueMax: "5" }))).toEqual(["valueMax"]);
  });
});
