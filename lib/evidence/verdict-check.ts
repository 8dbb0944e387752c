/**
 * Whether a verdict agrees with the stances of the claim's evidence. Advisory only: the
 * annotator may know better than the links (a source can be weak), so the UI warns and lets the
 * verdict stand. Pure, so the verdict form checks as the annotator chooses.
 */
// The zod-free vocabulary: the verdict form runs this in the browser.
import { isStance, type Verdict } from "@/lib/claims/wire-values";

export interface StanceCounts {
  supports: number;
  refutes: number;
  mixed: number;
  context: number;
}

/** Counts stances; unknown stored values (a hand-edited row) are left out. */
export function countStances(links: readonly { stance: string }[]): StanceCounts {
  const counts: StanceCounts = { supports: 0, refutes: 0, mixed: 0, context: 0 };
  for (const link of links) {
    if (isStance(link.stance)) counts[link.stance] += 1;
  }
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word} link${n === 1 ? "" : "s"}`;

/** Warnings for `verdict` given the stance counts; empty when they agree (or there is no verdict). */
export function verdictWarnings(verdict: Verdict | null, counts: StanceCounts): string[] {
  const { supports, refutes, mixed } = counts;
  switch (verdict) {
    case "supported":
      if (refutes > 0 && supports === 0)
        return [`“Supported”, but the evidence only refutes this claim (${plural(refutes, "refuting")}).`];
      if (supports === 0) return ["“Supported”, but no linked evidence supports this claim yet."];
      if (refutes > 0)
        return [
          `“Supported”, but ${plural(refutes, "refuting")} disagree${refutes === 1 ? "s" : ""}: consider “Conflicting evidence”.`,
        ];
      return [];
    case "refuted":
      if (supports > 0 && refutes === 0)
        return [`“Refuted”, but the evidence only supports this claim (${plural(supports, "supporting")}).`];
      if (refutes === 0) return ["“Refuted”, but no linked evidence refutes this claim yet."];
      if (supports > 0)
        return [
          `“Refuted”, but ${plural(supports, "supporting")} disagree${supports === 1 ? "s" : ""}: consider “Conflicting evidence”.`,
        ];
      return [];
    case "conflicting":
      if ((supports === 0 || refutes === 0) && mixed === 0) {
        return [
          "“Conflicting evidence”, but the links do not conflict: that needs both supporting and refuting (or mixed) evidence.",
        ];
      }
      return [];
    case "not_enough_evidence":
      if (supports + refutes > 0)
        return [`“Not enough evidence”, yet ${plural(supports + refutes, "supporting or refuting")} are recorded.`];
      return [];
    default:
      return [];
  }
}
