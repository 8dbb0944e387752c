import { describe, expect, it } from "vitest";
import { suggestClaims, type Suggestion } from "./suggest-claims";
import { countOccurrences, loadGold, scoreSuggestions } from "./gold/gold";

/** Invariants every result must satisfy, whatever the input. */
function expectWellFormed(text: string, suggestions: Suggestion[]): void {
  let prevEnd = -1;
  for (const s of suggestions) {
    expect(text.slice(s.start, s.end)).toBe(s.exact);
    expect(s.exact).toBe(s.exact.trim());
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    prevEnd = s.end;
  }
}

const exacts = (text: string): string[] => suggestClaims(text).map((s) => s.exact);

describe("suggestClaims on the corpus gold", () => {
  const gold = loadGold();
  const score = scoreSuggestions(gold, suggestClaims);

  it("lists every occurrence of each gold phrase, and the excluded ones exist", () => {
    for (const g of gold) {
      for (const fig of g.figures) {
        const listed = g.figures.filter((f) => f.exact === fig.exact).length;
        expect(countOccurrences(g.text, fig.exact), `${g.file}: ${fig.exact}`).toBe(listed);
      }
      for (const ex of g.excluded) expect(g.text, ex.exact).toContain(ex.exact);
    }
  });

  it("finds every casualty figure with the right value", () => {
    expect(score.casualtyGold).toBeGreaterThan(0);
    expect(score.casualtyMatched).toBe(score.casualtyGold);
  });

  it("gets value, kind and qualifier right where it overlaps gold", () => {
    expect(score.valueAccuracy).toBe(1);
    expect(score.kindAccuracy).toBe(1);
    expect(score.qualifierAccuracy).toBe(1);
  });

  it("keeps overall recall and precision high", () => {
    expect(score.recall).toBe(1);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("returns well-formed spans for every corpus file", () => {
    for (const g of gold) expectWellFormed(g.text, suggestClaims(g.text));
  });
});

describe("suggestClaims: written forms", () => {
  it.each<[string, Partial<Suggestion>]>([
    [
      "The war has left over 30,000 people dead.",
      { exact: "over 30,000 people dead", value: 30000, qualifier: "more_than", kind: "casualty" },
    ],
    [
      "violence that has killed more than 40,000 people since March 2011",
      { exact: "more than 40,000 people", kind: "casualty" },
    ],
    [
      "More than 260 000 people have been killed and",
      { exact: "More than 260 000 people have been killed", value: 260000 },
    ],
    [
      "More than one million Syrians are living under siege",
      { exact: "More than one million Syrians", value: 1e6, kind: "quantity" },
    ],
    [
      "Tens of thousands of Syrians have fled",
      { exact: "Tens of thousands of Syrians", value: 20000, valueMax: 90000, qualifier: "range" },
    ],
    [
      "An estimated 4.8 million refugees",
      { exact: "An estimated 4.8 million refugees", value: 4.8e6, qualifier: "about" },
    ],
    ["The death toll rose to 1,250 on Tuesday.", { exact: "1,250", value: 1250, kind: "casualty" }],
    ["Three people were killed in the blast.", { exact: "Three people were killed", value: 3, kind: "casualty" }],
    ["between 200 and 300 fighters", { exact: "between 200 and 300 fighters", value: 200, valueMax: 300 }],
    ["some 2.3m residents", { exact: "some 2.3m residents", value: 2.3e6, qualifier: "about" }],
    ["40% of homes", { exact: "40%", value: 40, unit: "%" }],
    ["$3.2bn in aid", { exact: "$3.2bn", value: 3.2e9 }],
    ["half a dozen villages", { exact: "half a dozen villages", value: 6 }],
    ["The death toll from the earthquake has passed 50,000.", { exact: "50,000", kind: "casualty" }],
    ["the bombing killed 27 near the market", { exact: "27", value: 27, kind: "casualty" }],
    ["the strikes killed 2000 and", { exact: "2000", value: 2000, kind: "casualty" }],
    [
      "Nearly 90 per cent of Syrians live in poverty",
      { exact: "Nearly 90 per cent", value: 90, unit: "%", qualifier: "about" },
    ],
    ["Around 6.5 million people are internally displaced", { exact: "Around 6.5 million people", kind: "quantity" }],
  ])("%j", (text, expected) => {
    const [first, ...rest] = suggestClaims(text);
    expect(rest).toEqual([]);
    expect(first).toMatchObject(expected);
  });
});

it("reads the casualty predicate past an aside without stretching the span", () => {
  const [first] = suggestClaims("At least 43 people, including 12 children, were killed in air strikes.");
  expect(first).toMatchObject({ exact: "At least 43 people", kind: "casualty", qualifier: "at_least", value: 43 });
});

it("does not carry a casualty verb into the next conjunct", () => {
  const found = suggestClaims("260,000 people have been killed and half the population displaced");
  expect(found.map((s) => [s.exact, s.kind])).toEqual([
    ["260,000 people have been killed", "casualty"],
    ["half the population displaced", "quantity"],
  ]);
});

describe("suggestClaims: non-figures", () => {
  it.each([
    "The conflict started in March 2011 and worsened in 2016.",
    "Talks began on Sept. 18 and resume February 25.",
    "December 6, 2012 | 10:32 a.m. PST",
    "Al Jazeera 20 February 2013. 20 February 2013",
    "It was the 3rd time in the 1990s; his 2nd visit in the 20th century.",
    "to end Syria's 20-month civil war and a 10-year-old boy",
    "after four years of turmoil and two years of talks and more than four decades of rule",
    "Call 555-123-4567 or +44 20 7946 0958.",
    "under Chapter 7 of the Charter and Resolution 2254",
    "1 comment: 12 shares",
    "the two sides, the three countries, one thing, one week before",
    "the G-20 summit and flight MH17",
    "Between 2011 and 2016 things changed.",
    "The 2015 agreement and Syria's 2011 uprising",
    "a 72-hour ceasefire and a 30-day truce",
    "Page 1 of 3 · Posted 3 hours ago · 5 min read",
  ])("%j", (text) => {
    expect(exacts(text)).toEqual([]);
  });
});

describe("suggestClaims: offsets", () => {
  it("counts UTF-16 code units past astral characters", () => {
    const text = "🇸🇾 “Syria” — 😢 more than 40,000 people.";
    const [s] = suggestClaims(text);
    expect(s.exact).toBe("more than 40,000 people");
    expect(s.start).toBe(text.indexOf("more"));
    expectWellFormed(text, [s]);
  });

  it("handles empty and number-free text", () => {
    expect(suggestClaims("")).toEqual([]);
    expect(suggestClaims("   \n\n  ")).toEqual([]);
    expect(suggestClaims("Analysts see little hope.")).toEqual([]);
  });

  it("does not let a figure run across a line break", () => {
    expect(exacts("at least\n500 people")).toEqual(["500 people"]);
    expect(exacts("500\npeople were killed")).toEqual([]);
  });

  it("processes a 200,000-character article quickly with exact offsets", () => {
    const para = (n: number): string =>
      `Paragraph ${n}: on February ${1 + (n % 28)}, 2016 observers said at least ${n * 7} people have been killed ` +
      `and tens of thousands of Syrians fled; 😢 the 20-month war cost $${n}bn. `;
    let text = "";
    const planted: { start: number; value: number }[] = [];
    for (let n = 1; text.length < 200_000; n++) {
      const p = para(n);
      planted.push({ start: text.length + p.indexOf("at least"), value: n * 7 });
      text += p;
    }
    const t0 = performance.now();
    const suggestions = suggestClaims(text);
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(2000);
    expectWellFormed(text, suggestions);
    const casualties = suggestions.filter((s) => s.kind === "casualty");
    expect(casualties.map((s) => ({ start: s.start, value: s.value }))).toEqual(planted);
    // Three figures per paragraph: casualties, tens of thousands, dollars.
    expect(suggestions).toHaveLength(planted.length * 3);
  });
});

describe("suggestClaims: robustness", () => {
  // Small deterministic PRNG so failures reproduce.
  const rng = (seed: number) => (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pieces = [
    "more",
    "than",
    "at",
    "least",
    "over",
    "about",
    "nearly",
    "up",
    "to",
    "between",
    "and",
    "from",
    "of",
    "one",
    "two",
    "twenty",
    "-",
    "five",
    "hundred",
    "thousand",
    "million",
    "a",
    "half",
    "dozen",
    "tens",
    "thousands",
    "people",
    "Syrians",
    "killed",
    "dead",
    "have",
    "been",
    "were",
    "February",
    "Sept.",
    "2011",
    "260",
    "000",
    "30,000",
    "1.5",
    "2.3m",
    "$",
    "%",
    "20-month",
    "10:32",
    "a.m.",
    ",",
    ".",
    "\n",
    "😢",
    "\u00A0",
    "–",
    "1st",
    "17-nation",
    "the",
    "population",
    "displaced",
    "555-1234",
  ];

  it("keeps its invariants on random token soup", () => {
    const next = rng(42);
    for (let round = 0; round < 300; round++) {
      const words: string[] = [];
      for (let n = 0; n < 60; n++) words.push(pieces[Math.floor(next() * pieces.length)]);
      const text = words.join(next() < 0.5 ? " " : "");
      expectWellFormed(text, suggestClaims(text));
    }
  });

  it("stays fast on adversarial repetition", () => {
    for (const unit of ["thousands of ", "1 000 ", "more than ", "one hundred and ", "- "]) {
      const text = unit.repeat(Math.ceil(50_000 / unit.length));
      const t0 = performance.now();
      expectWellFormed(text, suggestClaims(text));
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
