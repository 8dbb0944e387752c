import { describe, expect, it } from "vitest";
import { parseSelection } from "./parse-selection";

const text = "Syria's 20-month civil war that has left over 30,000 people dead.";
const at = (phrase: string) => ({ text, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
const spanOf = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

describe("parseSelection", () => {
  it("snaps a ragged selection to whole words and reads the figure", () => {
    const { start, end } = at("er 30,000 people de");
    expect(parseSelection({ text, start, end })).toEqual({
      ...spanOf("over 30,000 people dead"),
      exact: "over 30,000 people dead",
      value: 30000,
      qualifier: "more_than",
      unit: "people dead",
      kind: "casualty",
    });
  });

  it("trims whitespace, and keeps punctuation only when it was selected", () => {
    expect(parseSelection(at(" 30,000 people de"))).toMatchObject({
      exact: "30,000 people dead",
      value: 30000,
      qualifier: "exact",
    });
    expect(parseSelection(at(" 30,000 people dead."))).toMatchObject({ exact: "30,000 people dead.", value: 30000 });
  });

  it("returns only the span when there is no figure", () => {
    expect(parseSelection(at("civil war"))).toEqual({ ...spanOf("civil war"), exact: "civil war" });
  });

  it("gives an empty span for a whitespace-only selection", () => {
    const start = text.indexOf(" ");
    expect(parseSelection({ text, start, end: start + 1 }).exact).toBe("");
  });
});
