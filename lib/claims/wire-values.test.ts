import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ClaimKind, ClaimStatus, Qualifier, Stance, Verdict } from "./vocabulary";
import {
  claimKinds,
  claimStatuses,
  isClaimKind,
  isClaimStatus,
  isQualifier,
  isStance,
  isVerdict,
  qualifiers,
  stances,
  verdicts,
} from "./wire-values";

describe("wire values", () => {
  it("are the lists the zod enums validate", () => {
    expect(ClaimKind.options).toEqual([...claimKinds]);
    expect(Qualifier.options).toEqual([...qualifiers]);
    expect(ClaimStatus.options).toEqual([...claimStatuses]);
    expect(Stance.options).toEqual([...stances]);
    expect(Verdict.options).toEqual([...verdicts]);
  });

  it("guards accept exactly what the enums accept", () => {
    const cases: [(v: unknown) => boolean, { safeParse: (v: unknown) => { success: boolean } }, readonly string[]][] = [
      [isClaimKind, ClaimKind, claimKinds],
      [isQualifier, Qualifier, qualifiers],
      [isClaimStatus, ClaimStatus, claimStatuses],
      [isStance, Stance, stances],
      [isVerdict, Verdict, verdicts],
    ];
    for (const [guard, schema, values] of cases) {
      for (const value of [...values, "", "Casualty", "supports ", "toString", "__proto__", null, undefined, 1, {}]) {
        expect(guard(value), String(value)).toBe(schema.safeParse(value).success);
      }
    }
  });

  it("import nothing, so browser code that uses them does not carry zod", () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, "wire-values.ts"), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/require\(/);
  });
});
