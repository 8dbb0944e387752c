import { describe, expect, it } from "vitest";
import { parseFigure, type ParsedFigure } from "./parse-figure";
import { parseDigits } from "./parse-figure-tokens";

describe("parseFigure: figures from the brief", () => {
  it.each<[string, ParsedFigure]>([
    ["over 30,000 people dead", { value: 30000, qualifier: "more_than", unit: "people dead", kind: "casualty" }],
    ["more than 40,000 people", { value: 40000, qualifier: "more_than", unit: "people", kind: "quantity" }],
    [
      "more than 260,000 people have been killed",
      { value: 260000, qualifier: "more_than", unit: "people killed", kind: "casualty" },
    ],
    ["More than one million Syrians", { value: 1e6, qualifier: "more_than", unit: "Syrians", kind: "quantity" }],
    [
      "Tens of thousands of Syrians",
      { value: 20000, valueMax: 90000, qualifier: "range", unit: "Syrians", kind: "quantity" },
    ],
    [
      "at least 500 people have been killed",
      { value: 500, qualifier: "at_least", unit: "people killed", kind: "casualty" },
    ],
  ])("%j", (selection, expected) => {
    expect(parseFigure(selection)).toEqual(expected);
  });
});

describe("parseFigure: numbers", () => {
  it.each<[string, number]>([
    ["260 000", 260000],
    ["260\u00A0000", 260000],
    ["260\u202F000", 260000],
    ["260,000", 260000],
    ["260.000", 260000],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["2,60,000", 260000],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["2.5", 2.5],
    ["four million", 4e6],
    ["one million", 1e6],
    ["2 million", 2e6],
    ["1.5 million", 1.5e6],
    ["2,5 million", 2.5e6],
    ["2.500 million", 2.5e6],
    ["2.3m", 2.3e6],
    ["5bn", 5e9],
    ["40k", 40000],
    ["a dozen", 12],
    ["half a million", 5e5],
    ["ninety-nine", 99],
    ["seventy three", 73],
    ["one hundred and five", 105],
    ["two hundred thousand", 2e5],
    ["a thousand", 1000],
    ["one and a half million", 1.5e6],
  ])("%j → %d", (selection, value) => {
    const parsed = parseFigure(selection);
    expect(parsed?.value).toBe(value);
    expect(parsed?.qualifier).toBe("exact");
    expect(parsed?.kind).toBe("quantity");
  });

  it("reads a lone dot before three digits as European grouping, but not before a magnitude", () => {
    expect(parseDigits("260.000", false)).toBe(260000);
    expect(parseDigits("260.000", true)).toBe(260);
    expect(parseDigits("0.500", false)).toBe(0.5);
    expect(parseDigits("20.02.2013", false)).toBeNull();
  });
});

describe("parseFigure: qualifiers", () => {
  it.each<[string, ParsedFigure["qualifier"]]>([
    ["at least 500", "at_least"],
    ["no fewer than 500", "at_least"],
    ["over 500", "more_than"],
    ["more than 500", "more_than"],
    ["in excess of 500", "more_than"],
    ["about 500", "about"],
    ["around 500", "about"],
    ["roughly 500", "about"],
    ["some 500", "about"],
    ["an estimated 500", "about"],
    ["approximately 500", "about"],
    ["approx. 500", "about"],
    // nearly/almost mean "close to N"; up_to would keep only the ceiling.
    ["nearly 500", "about"],
    ["almost 500", "about"],
    ["up to 500", "up_to"],
    ["as many as 500", "up_to"],
    ["fewer than 500", "up_to"],
    ["no more than 500", "up_to"],
    ["500", "exact"],
  ])("%j → %s", (selection, qualifier) => {
    expect(parseFigure(selection)).toMatchObject({ value: 500, qualifier });
  });

  it("reads 'up to 2,000'", () => {
    expect(parseFigure("up to 2,000")).toEqual({ value: 2000, qualifier: "up_to", kind: "quantity" });
  });
});

describe("parseFigure: ranges", () => {
  it.each<[string, number, number]>([
    ["between 200 and 300", 200, 300],
    ["200-300", 200, 300],
    ["200–300", 200, 300],
    ["200 to 300", 200, 300],
    ["from 200 to 300", 200, 300],
    ["2-3 million", 2e6, 3e6],
    ["between two and three million", 2e6, 3e6],
    ["200,000-300,000", 2e5, 3e5],
    // Vague plurals: "Xs" spans 2X–9X.
    ["tens of thousands", 20000, 90000],
    ["hundreds", 200, 900],
    ["thousands", 2000, 9000],
    ["hundreds of thousands", 2e5, 9e5],
    ["tens of millions", 2e7, 9e7],
    ["dozens", 24, 108],
    ["several thousand", 2000, 9000],
    ["a few hundred", 200, 900],
  ])("%j → %d–%d", (selection, value, valueMax) => {
    expect(parseFigure(selection)).toMatchObject({ value, valueMax, qualifier: "range" });
  });

  it("lets an explicit hedge win over the vague-plural range", () => {
    expect(parseFigure("more than tens of thousands")).toEqual({
      value: 20000,
      qualifier: "more_than",
      kind: "quantity",
    });
  });
});

describe("parseFigure: kind", () => {
  it.each([
    "30,000 dead",
    "12 wounded",
    "500 people were killed",
    "the death toll of 500",
    "killed more than 40,000 people",
    "300 civilians died",
    "200 casualties",
    "50 fatalities",
    "dozens of people lost their lives",
    "scores of people were killed",
  ])("%j is a casualty figure", (selection) => {
    expect(parseFigure(selection)?.kind).toBe("casualty");
  });

  it.each(["four million people in need of aid", "1.5 million", "2.3m", "20-month", "500 troops", "40%", "$5bn"])(
    "%j is a quantity",
    (selection) => {
      expect(parseFigure(selection)?.kind).toBe("quantity");
    },
  );

  it("keeps a duration as a quantity in months, never a headcount", () => {
    expect(parseFigure("20-month")).toEqual({ value: 20, qualifier: "exact", unit: "month", kind: "quantity" });
    expect(parseFigure("Syria's 20-month civil war")).toMatchObject({ value: 20, unit: "month", kind: "quantity" });
  });
});

describe("parseFigure: units and fractions", () => {
  it.each<[string, Partial<ParsedFigure>]>([
    ["40%", { value: 40, unit: "%" }],
    ["40 per cent", { value: 40, unit: "%" }],
    ["$3.2bn", { value: 3.2e9, unit: "$" }],
    ["US$5 million", { value: 5e6, unit: "US$" }],
    ["half the population displaced", { value: 0.5, unit: "population displaced" }],
    ["two-thirds of the population", { value: 2 / 3, unit: "population" }],
    ["a quarter of Syrians", { value: 0.25, unit: "Syrians" }],
    ["17-nation", { value: 17, unit: "nation" }],
  ])("%j", (selection, expected) => {
    const parsed = parseFigure(selection);
    expect(parsed).toMatchObject({ ...expected, value: expect.closeTo(expected.value ?? 0, 9) });
  });
});

describe("parseFigure: picks the figure, refuses non-figures", () => {
  it("prefers the statistic over a stray small word", () => {
    expect(parseFigure("one of the 500 killed")).toMatchObject({ value: 500, kind: "casualty" });
  });

  it.each(["February 25", "Sept. 18", "20 February 2013", "10:32 a.m.", "10 pm", "the 3rd", "hello", "", "   "])(
    "%j → null",
    (selection) => {
      expect(parseFigure(selection)).toBeNull();
    },
  );

  it("tolerates surrounding whitespace and punctuation", () => {
    expect(parseFigure("  (over 30,000 people dead).  ")).toMatchObject({ value: 30000, qualifier: "more_than" });
  });
});
