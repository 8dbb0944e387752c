import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INT4_MAX, isStorableDate, isWellFormed, storableText, textProblem, versionNumber } from "./wire-rules";

describe("wire rules", () => {
  it("tells well-formed UTF-16 from strings with a surrogate missing its other half", () => {
    for (const ok of ["", "plain", "😀", "a😀b", "𠜎𠜱", "مرحبا \u202Eevil\u202C", "e\u0301", "\uFFFD"])
      expect(isWellFormed(ok), JSON.stringify(ok)).toBe(true);
    for (const bad of [
      "\uD800",
      "a\uD83D",
      "\uDE00b",
      "\uDE00\uD83D",
      "😀".slice(0, 1),
      "😀".slice(1),
      "a\uDBFF\uDBFF\uDC00",
    ])
      expect(isWellFormed(bad), JSON.stringify(bad)).toBe(false);
  });

  it("refuses NUL and unpaired surrogates with a message that names them", () => {
    expect(textProblem("fine 😀")).toBeNull();
    expect(textProblem("a\u0000b")).toMatch(/NUL/);
    expect(textProblem("x\uD800")).toMatch(/unpaired surrogates/);
  });

  it("checks before trimming and limits, in any string schema", () => {
    const schema = storableText(z.string()).trim().max(3, "too long");
    expect(schema.parse("  ab  ")).toBe("ab");
    expect(schema.safeParse(" \u0000 ").error?.issues.map((i) => i.message)).toEqual([
      "must not contain NUL characters (U+0000)",
    ]);
    expect(schema.safeParse("\uDFFF").success).toBe(false);
  });

  it("keeps dates inside the years both databases store", () => {
    for (const ok of ["0001-01-01", "2016-02-11T10:00:00Z", "9999-12-31T23:59:59Z", "not a date"])
      expect(isStorableDate(ok), ok).toBe(true);
    for (const bad of ["0000-01-01", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00"])
      expect(isStorableDate(bad), bad).toBe(false);
  });

  it("keeps versions inside a PostgreSQL integer", () => {
    const version = versionNumber(z.number());
    expect(version.parse(INT4_MAX)).toBe(INT4_MAX);
    expect(version.safeParse(INT4_MAX + 1).error?.issues[0]?.message).toBe(`must be at most ${INT4_MAX}`);
    expect(version.safeParse(0).success).toBe(false);
    expect(version.safeParse(1.5).success).toBe(false);
  });
});
