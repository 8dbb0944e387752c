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
