import { describe, expect, it } from "vitest";
import { countStances, verdictWarnings } from "./verdict-check";

const counts = (stances: string[]) => countStances(stances.map((stance) => ({ stance })));

describe("verdictWarnings", () => {
  it("warns when “supported” has only refuting evidence", () => {
    expect(verdictWarnings("supported", counts(["refutes", "refutes", "context"]))).toEqual([
      "“Supported”, but the evidence only refutes this claim (2 refuting links).",
    ]);
  });

  it("agrees when the stances back the verdict", () => {
    expect(verdictWarnings("supported", counts(["supports", "context"]))).toEqual([]);
    expect(verdictWarnings("refuted", counts(["refutes"]))).toEqual([]);
    expect(verdictWarnings("conflicting", counts(["supports", "refutes"]))).toEqual([]);
    expect(verdictWarnings("conflicting", counts(["mixed"]))).toEqual([]);
    expect(verdictWarnings("not_enough_evidence", counts(["context"]))).toEqual([]);
    expect(verdictWarnings(null, counts(["refutes"]))).toEqual([]);
  });

  it("suggests “conflicting” when both sides are linked, and flags verdicts with nothing behind them", () => {
    expect(verdictWarnings("refuted", counts(["refutes", "supports"]))[0]).toMatch(/Conflicting evidence/);
    expect(verdictWarnings("refuted", counts([]))[0]).toMatch(/no linked evidence refutes/);
    expect(verdictWarnings("conflicting", counts(["supports"]))[0]).toMatch(/do not conflict/);
    expect(verdictWarnings("not_enough_evidence", counts(["supports"]))[0]).toMatch(
      /1 supporting or refuting link are/,
    );
  });

  it("ignores stances outside the vocabulary", () => {
    expect(counts(["supports", "bogus"])).toEqual({ supports: 1, refutes: 0, mixed: 0, context: 0 });
  });
});
