import { describe, expect, it } from "vitest";
import { excerptAround } from "./excerpt";

describe("excerptAround", () => {
  const text =
    "Headline here\nDiplomats met in Geneva on Monday to discuss the war that has left over 30,000 people dead, activists say.\nNext paragraph.";

  it("keeps to the claim's paragraph and marks what was cut", () => {
    const start = text.indexOf("over 30,000");
    const ex = excerptAround(text, start, start + "over 30,000 people dead".length);
    expect(ex.match).toBe("over 30,000 people dead");
    expect(ex.before).toBe("Diplomats met in Geneva on Monday to discuss the war that has left ");
    expect(ex.after).toBe(", activists say.");
    expect(ex.clippedStart).toBe(true);
    expect(ex.clippedEnd).toBe(true);
  });

  it("cuts long context at word boundaries", () => {
    const start = text.indexOf("over");
    const ex = excerptAround(text, start, start + 4, 12);
    expect(ex.before).toBe("has left ");
    expect(ex.after).toBe(" 30,000");
  });

  it("copes with spans at the very edges and never splits a surrogate pair", () => {
    const emoji = "\u{1F600}";
    const t = `${emoji}abc`;
    expect(excerptAround(t, 2, 5)).toEqual({
      before: emoji,
      match: "abc",
      after: "",
      clippedStart: false,
      clippedEnd: false,
    });
    const ex = excerptAround(`xx${emoji}yy`, 4, 6, 1);
    expect(ex.before).toBe(emoji);
  });
});
