import { describe, expect, it } from "vitest";
import { buildSelectors, snapToWords, splitsSurrogatePair, validateSpan } from "./selectors";

const text = "Officials said 30,000 people fled al-Assad's forces. Others stayed.";

describe("buildSelectors", () => {
  it("captures exact text and context on both sides", () => {
    const start = text.indexOf("30,000");
    const sel = buildSelectors(text, start, start + 6, 10);
    expect(sel).toEqual({ start, end: start + 6, exact: "30,000", prefix: "ials said ", suffix: " people fl" });
  });

  it("clips context at the text's edges", () => {
    const sel = buildSelectors(text, 0, 9);
    expect(sel.prefix).toBe("");
    expect(sel.exact).toBe("Officials");
    expect(sel.suffix).toBe(text.slice(9, 41));
  });

  it("widens context rather than cutting an emoji in half", () => {
    const t = "ab😀cd😀ef";
    // One code unit of context either side of "cd" would land inside each emoji.
    const sel = buildSelectors(t, 4, 6, 1);
    expect(sel.exact).toBe("cd");
    expect(sel.prefix).toBe("😀");
    expect(sel.suffix).toBe("😀");
  });

  it("rejects spans outside the text", () => {
    expect(() => buildSelectors(text, -1, 3)).toThrow(RangeError);
    expect(() => buildSelectors(text, 3, text.length + 1)).toThrow(RangeError);
    expect(() => buildSelectors(text, 5, 4)).toThrow(RangeError);
  });
});

describe("validateSpan", () => {
  const ok = { start: 15, end: 21, exact: "30,000" };

  it("accepts a correct span", () => {
    expect(validateSpan(text, ok)).toBeNull();
  });

  it.each([
    [{ ...ok, start: 1.5 }, "not-integer", "start"],
    [{ ...ok, end: Number.NaN }, "not-integer", "end"],
    [{ ...ok, start: 22 }, "inverted", "start"],
    [{ start: 4, end: 4, exact: "" }, "empty", "end"],
    [{ ...ok, start: -1 }, "out-of-range", "start"],
    [{ start: 60, end: 999, exact: "x" }, "out-of-range", "end"],
    [{ ...ok, exact: "30.000" }, "exact-mismatch", "exact"],
  ] as const)("reports %o as %s on %s", (span, code, field) => {
    const problem = validateSpan(text, span);
    expect(problem?.code).toBe(code);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toContain(`"${field}"`);
  });

  it("reports a span that splits a surrogate pair", () => {
    const t = "hi 😀 there";
    expect(validateSpan(t, { start: 4, end: 6, exact: t.slice(4, 6) })).toMatchObject({
      code: "splits-surrogate",
      field: "start",
    });
    expect(validateSpan(t, { start: 3, end: 4, exact: t.slice(3, 4) })).toMatchObject({
      code: "splits-surrogate",
      field: "end",
    });
    expect(validateSpan(t, { start: 3, end: 5, exact: "😀" })).toBeNull();
  });

  it("keeps mismatch messages short for long quotes", () => {
    const long = "x".repeat(500);
    const problem = validateSpan(long, { start: 0, end: 500, exact: "y".repeat(500) });
    expect(problem?.message.length).toBeLessThan(300);
  });
});

describe("splitsSurrogatePair", () => {
  it("only flags the middle of a pair", () => {
    const t = "a😀b";
    expect([0, 1, 2, 3, 4].map((i) => splitsSurrogatePair(t, i))).toEqual([false, false, true, false, false]);
  });
});

describe("snapToWords", () => {
  const snap = (t: string, from: number, to: number): string => {
    const r = snapToWords(t, from, to);
    return t.slice(r.start, r.end);
  };

  it("trims surrounding whitespace", () => {
    expect(snap("  hello world  ", 0, 15)).toBe("hello world");
    expect(snap("a\n\u00a0word\t b", 1, 9)).toBe("word");
  });

  it("expands mid-word starts and ends to word boundaries", () => {
    const t = "The minister resigned today.";
    expect(snap(t, 6, 15)).toBe("minister resigned");
  });

  it("keeps numbers with internal separators together", () => {
    const i = text.indexOf("30,000");
    expect(snap(text, i + 3, i + 5)).toBe("30,000");
    expect(snap(text, i + 2, i + 3)).toBe("30,000"); // selection is just the comma
    expect(snap("rose 3.5 percent", 7, 8)).toBe("3.5");
  });

  it("keeps hyphenated names and contractions together", () => {
    const i = text.indexOf("Assad");
    expect(snap(text, i + 1, i + 3)).toBe("al-Assad's");
    expect(snap("they don’t know", 6, 7)).toBe("don’t");
  });

  it("does not swallow trailing sentence punctuation", () => {
    const t = "He met al-Assad. Then left, quickly.";
    expect(snap(t, 7, 13)).toBe("al-Assad");
    expect(snap(t, 22, 25)).toBe("left");
    expect(snap(t, 29, 32)).toBe("quickly");
  });

  it("keeps punctuation the user did select", () => {
    const t = 'He said: "no."';
    expect(snap(t, 9, 14)).toBe('"no."');
  });

  it("handles non-Latin scripts and combining marks", () => {
    const t = "Журналисты сообщили о взрыве"; // Cyrillic
    expect(snap(t, 2, 13)).toBe("Журналисты сообщили");
    const accented = "cafe\u0301 society"; // e + combining acute
    expect(snap(accented, 1, 3)).toBe("cafe\u0301");
  });

  it("never splits an emoji or an astral letter", () => {
    const t = "fire 🔥 here 𝐀𝐁 end";
    expect(snap(t, 6, 7)).toBe("🔥");
    const i = t.indexOf("𝐀");
    expect(snap(t, i + 1, i + 3)).toBe("𝐀𝐁");
  });

  it("collapses an all-whitespace selection", () => {
    expect(snapToWords("a   b", 1, 4)).toEqual({ start: 4, end: 4 });
  });

  it("clamps out-of-range offsets", () => {
    expect(snapToWords("abc", -5, 99)).toEqual({ start: 0, end: 3 });
  });
});
