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

/** WCAG relative luminance of an sRGB colour given as 0-255 channels. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** White under `layers` fills of `colour` at `alpha`, composited in order. */
const stacked = (colour: number[], alpha: number, layers: number) =>
  colour.map((c) => 255 * (1 - alpha) ** layers + c * (1 - (1 - alpha) ** layers));

describe("stacked highlights", () => {
  const TEXT = [0x16, 0x20, 0x2c]; // --text
  it("keep body text above WCAG AA (4.5:1) under the two fills reader.css lets stack, whatever the colour", () => {
    // The darkest fill a schema can give: black at the highest alpha used (0.17, attribution).
    for (const colour of [
      [0, 0, 0],
      [0xc0, 0x26, 0x3b],
      [0x6d, 0x45, 0xc9],
      [201, 122, 0],
    ]) {
      expect(contrast(TEXT, stacked(colour, 0.17, 2))).toBeGreaterThan(4.5);
    }
    // Without the cap, stacks of the same spans go below it: the cap is what holds the line.
    expect(contrast(TEXT, stacked([0, 0, 0], 0.17, 4))).toBeLessThan(4.5);
  });

  it("are capped at two drawn fills in reader.css", async () => {
    const fs = await import("node:fs");
    const css = fs.readFileSync(new URL("./reader.css", import.meta.url), "utf8");
    expect(css).toMatch(/\.hl \.hl \.hl \{\s*background: none;\s*\}/);
  });
});
