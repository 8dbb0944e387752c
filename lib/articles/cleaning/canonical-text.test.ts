import { describe, expect, it } from "vitest";
import { canonicalText, countWords, paragraphsOf } from "./canonical-text";

describe("canonicalText", () => {
  it("normalizes line endings, NFC, trailing spaces and blank-line runs", () => {
    const raw = "\r\n\r\nTitle  \r\n\r\n\r\n\r\nCafe\u0301 opens.\t\rNext line\n\n\n";
    expect(canonicalText(raw)).toBe("Title\n\nCafé opens.\nNext line");
  });

  it("is idempotent", () => {
    const once = canonicalText("a \r\n\r\n\r\nb\u00a0\n");
    expect(canonicalText(once)).toBe(once);
  });

  it("trims a long run of spaces in linear time (a trailing-space pattern retried it from each position)", () => {
    const started = performance.now();
    expect(canonicalText(`a${" ".repeat(100_000)}b   \n${"\n".repeat(100_000)}c`)).toBe(
      `a${" ".repeat(100_000)}b\n\nc`,
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("countWords", () => {
  it("counts figures and hyphenated words as one", () => {
    expect(countWords("Syria’s 20-month civil war has left over 30,000 people dead.")).toBe(10);
    expect(countWords("")).toBe(0);
  });
});

describe("paragraphsOf", () => {
  it("splits on newlines and drops empty lines", () => {
    expect(paragraphsOf("One.\n\nTwo.\nThree.")).toEqual(["One.", "Two.", "Three."]);
  });
});
