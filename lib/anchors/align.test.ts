import { describe, expect, it } from "vitest";
import { bestApproximateMatch, collapseWhitespace, contextScore, occurrences } from "./align";

describe("bestApproximateMatch", () => {
  it("finds an exact substring at distance 0", () => {
    expect(bestApproximateMatch("cat", "the cat sat")).toEqual({ start: 4, end: 7, distance: 0 });
  });

  it("spans insertions, deletions and substitutions", () => {
    const text = "prefix The quick brown fox jumps over the lazy dog suffix";
    const hit = bestApproximateMatch("The quikc brown fox jumped over teh lazy dog", text);
    expect(hit && text.slice(hit.start, hit.end)).toBe("The quick brown fox jumps over the lazy dog");
  });

  it("keeps an inserted character rather than dropping the pattern's last one", () => {
    const hit = bestApproximateMatch("abc", "zz abxc zz");
    expect(hit).toEqual({ start: 3, end: 7, distance: 1 });
  });

  it("only searches inside the window", () => {
    expect(bestApproximateMatch("cat", "cat dog cat", 4)).toEqual({ start: 8, end: 11, distance: 0 });
    expect(bestApproximateMatch("cat", "cat dog cat", 0, 5)).toEqual({ start: 0, end: 3, distance: 0 });
  });

  it("returns null for empty input", () => {
    expect(bestApproximateMatch("", "abc")).toBeNull();
    expect(bestApproximateMatch("abc", "")).toBeNull();
    expect(bestApproximateMatch("abc", "xyz abc", 5, 5)).toBeNull();
  });

  it("handles patterns far longer than diff-match-patch's 32-char limit", () => {
    const sentence = "word ".repeat(60).trim();
    const text = `lead in. ${sentence.replace("word word", "word, word")} trailing.`;
    const hit = bestApproximateMatch(sentence, text);
    expect(hit?.distance).toBe(1);
    expect(hit && text.slice(hit.start, hit.end).startsWith("word")).toBe(true);
  });
});

describe("collapseWhitespace", () => {
  it("collapses runs to one space and maps back to original ranges", () => {
    const c = collapseWhitespace("a \n\t b\u00a0c");
    expect(c.text).toBe("a b c");
    expect([...c.starts]).toEqual([0, 1, 5, 6, 7]);
    expect([...c.ends]).toEqual([1, 5, 6, 7, 8]);
  });
});

describe("occurrences", () => {
  it("includes overlapping matches and ignores empty needles", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(occurrences("abc", "")).toEqual([]);
  });
});

describe("contextScore", () => {
  it("counts matching context outward from the span", () => {
    const text = "xx pre[QUOTE]suf yy";
    const start = text.indexOf("QUOTE");
    const end = start + 5;
    expect(contextScore(text, start, end, "pre[", "]suf")).toBe(1);
    expect(contextScore(text, start, end, "ZZe[", "]suf")).toBe(6 / 8);
    expect(contextScore(text, start, end, "", "")).toBe(1);
    expect(contextScore(text, start, end, "nope", "nope")).toBe(0);
  });
});
