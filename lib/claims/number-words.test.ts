import { describe, expect, it } from "vitest";
import { parseNumberWords, wordsToNumber } from "./number-words";

describe("wordsToNumber", () => {
  it.each([
    ["one", 1],
    ["twelve", 12],
    ["nineteen", 19],
    ["twenty", 20],
    ["ninety-nine", 99],
    ["ninety nine", 99],
    ["one hundred", 100],
    ["a hundred", 100],
    ["two hundred and fifty", 250],
    ["one thousand", 1000],
    ["a thousand", 1000],
    ["four million", 4e6],
    ["one million", 1e6],
    ["three billion", 3e9],
    ["one hundred and twenty-three thousand four hundred and fifty-six", 123456],
    ["one million two hundred thousand", 1.2e6],
    ["a dozen", 12],
    ["two dozen", 24],
    ["half a million", 5e5],
    ["half a dozen", 6],
    ["two and a half million", 2.5e6],
    ["one and a half", 1.5],
  ])("%s → %d", (phrase, value) => {
    expect(wordsToNumber(phrase)).toBe(value);
  });

  it.each(["and", "a", "a week", "one two", "twenty thirty", "hundred", "million", "the"])(
    "rejects %j as a whole",
    (phrase) => {
      expect(wordsToNumber(phrase)).toBeNull();
    },
  );
});

describe("parseNumberWords", () => {
  it("stops at the first word that cannot continue the number", () => {
    expect(parseNumberWords(["four", "million", "people"])).toEqual({ value: 4e6, used: 2, scaled: true });
    expect(parseNumberWords(["one", "and", "the", "same"])).toEqual({ value: 1, used: 1, scaled: false });
    expect(parseNumberWords(["two", "hundred", "and", "people"])).toEqual({ value: 200, used: 2, scaled: true });
  });

  it("does not read 'a' or 'an' as one unless a magnitude follows", () => {
    expect(parseNumberWords(["a", "year"])).toBeNull();
    expect(parseNumberWords(["an", "hour"])).toBeNull();
  });
});
