import { describe, expect, it } from "vitest";
import { changedFields } from "./diff-snapshots";

describe("changedFields", () => {
  it("lists differing keys, ignoring version and updatedAt", () => {
    expect(
      changedFields({ a: 1, b: "x", version: 1, updatedAt: "t1" }, { a: 2, b: "x", version: 2, updatedAt: "t2" }),
    ).toEqual(["a"]);
  });

  it("treats a missing key as null, and compares Dates with their ISO strings", () => {
    const at = new Date("2026-01-02T03:04:05.000Z");
    expect(changedFields({ note: null, at }, { at: at.toISOString() })).toEqual([]);
    expect(changedFields(null, { note: "n" })).toEqual(["note"]);
    expect(changedFields({ z: 1, a: 1 }, {})).toEqual(["a", "z"]);
  });

  it("compares nested values by content", () => {
    expect(changedFields({ author: { id: "u1" } }, { author: { id: "u1" } })).toEqual([]);
    expect(changedFields({ author: { id: "u1" } }, { author: { id: "u2" } })).toEqual(["author"]);
  });
});
