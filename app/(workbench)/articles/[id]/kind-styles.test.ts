import { describe, expect, it } from "vitest";
import { KIND_LINES, kindStyles } from "./kind-styles";

describe("kindStyles", () => {
  it("gives each kind's classes its stroke and light fills", () => {
    const css = kindStyles([{ key: "death_toll", colour: "#C0263B" }]);
    expect(css).toContain(".hl--death_toll,");
    expect(css).toContain(".kind-option--death_toll");
    expect(css).toContain("--hl:#C0263B;--hl-fill:rgb(192 38 59 / 0.15);--hl-faint:rgb(192 38 59 / 0.05)");
  });

  it("gives neighbouring kinds different underline patterns, not colour alone", () => {
    const css = kindStyles([
      { key: "a", colour: "#111111" },
      { key: "b", colour: "#222222" },
    ]).split("\n");
    const line = (rule: string | undefined) => /--hl-line:([^}]*)\}/.exec(rule ?? "")?.[1];
    expect(line(css[0])).toBe(KIND_LINES[0]);
    expect(line(css[1])).toBe(KIND_LINES[1]);
    expect(KIND_LINES[0]).not.toBe(KIND_LINES[1]);
  });

  it("skips a key or colour that could break out of the rule", () => {
    expect(kindStyles([{ key: "x}body{display:none", colour: "#000000" }])).toBe("");
    expect(kindStyles([{ key: "ok", colour: "red;}</style>" }])).toBe("");
  });
});
