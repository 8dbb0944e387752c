import { describe, expect, it } from "vitest";
import { pickSpan } from "./client";
import { articleText } from "./fixture";

describe("load bench fixtures", () => {
  it("generate distinct letters-only articles (no figures for the spotter)", () => {
    const a = articleText(1);
    const b = articleText(2);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z .\n]+$/);
    expect(a.split(/\s+/).length).toBeGreaterThan(500);
  });

  it("pick whole-word spans whose exact text is the slice at their offsets", () => {
    const text = articleText(3);
    let seed = 7;
    const rng = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      const span = pickSpan(text, rng);
      expect(span.exact).toBe(text.slice(span.start, span.end));
      expect(span.end).toBeGreaterThan(span.start);
      expect(text.slice(span.start - 1, span.start)).not.toMatch(/[A-Za-z]/);
      expect(text.slice(span.end, span.end + 1)).not.toMatch(/[A-Za-z]/);
      expect(span.exact.split(/\s+/).length).toBeGreaterThanOrEqual(2);
    }
  });
});
