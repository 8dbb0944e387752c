import { describe, expect, it } from "vitest";
import { contentWords, scoreSuggestion, SUGGESTION_THRESHOLD } from "./suggestion-score";

const claim = (
  exact: string,
  value: number | null,
  date: string | null,
  kind = "casualty",
  unit: string | null = null,
) => ({
  kind,
  exact,
  unit,
  value,
  date: date ? new Date(date) : null,
});

describe("scoreSuggestion", () => {
  it("ranks a same-fact claim from another source above an unrelated one", () => {
    const dead = claim("over 30,000 people dead", 30000, "2012-12-06");
    const sameFact = scoreSuggestion(dead, claim("more than 40,000 people", 40000, "2012-12-06"));
    const unrelated = scoreSuggestion(dead, claim("20-month civil war", 20, "2012-12-06", "quantity"));
    expect(sameFact.score).toBeGreaterThan(SUGGESTION_THRESHOLD);
    expect(sameFact.reasons).toEqual([
      "same kind",
      "similar wording (“people”)",
      "close value (within 33%)",
      "same month",
    ]);
    expect(unrelated.score).toBeLessThan(SUGGESTION_THRESHOLD);
  });

  it("still finds the later, larger toll", () => {
    const later = scoreSuggestion(
      claim("over 30,000 people dead", 30000, "2012-12-06"),
      claim("More than 260,000 people have been killed", 260000, "2016-02-11"),
    );
    expect(later.reasons).toContain("same order of magnitude");
    expect(later.score).toBeGreaterThan(SUGGESTION_THRESHOLD);
  });
});

describe("contentWords", () => {
  it("keeps numbers whole and drops stopwords and plurals", () => {
    expect([...contentWords("More than 260,000 people have been killed in the wars")]).toEqual([
      "260000",
      "people",
      "killed",
      "war",
    ]);
  });
});
