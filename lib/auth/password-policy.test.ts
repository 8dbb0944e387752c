import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("refuses short, whitespace-only and common passwords with a message that says why", () => {
    expect(passwordProblem("short")).toBe("must be at least 8 characters");
    expect(passwordProblem("        ")).toBe("must not be empty or only spaces");
    expect(passwordProblem("\t\n  \u00a0  ")).toBe("must not be empty or only spaces");
    expect(passwordProblem("12345678")).toMatch(/most common passwords/);
    expect(passwordProblem("Password1")).toMatch(/most common passwords/);
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/most common passwords/);
    expect(passwordProblem("claimbench-demo")).toMatch(/demo accounts' password/);
    expect(passwordProblem("ada.lovelace@example.org", { email: "ada.lovelace@example.org" })).toMatch(/email/);
  });

  it("accepts a long unusual password, counting characters rather than UTF-16 units", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("tänzer-über-brücken")).toBeNull();
    expect(passwordProblem("😀😀😀😀")).toBe("must be at least 8 characters");
  });
});
