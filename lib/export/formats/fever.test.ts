import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { feverLabel } from "./fever";
import { renderExport, sampleRecord } from "./sample-record";
import type { ExportRecord } from "@/lib/export/records/record";

const records: ExportRecord[] = [
  sampleRecord(),
  sampleRecord({ id: "c2", verdict: "refuted" }),
  sampleRecord({ id: "c3", verdict: "conflicting", evidence: [] }),
  sampleRecord({ id: "c4", verdict: null }),
  sampleRecord({ id: "c5", verdict: "supported", evidence: [] }),
  sampleRecord({ id: "c6", verdict: "not_enough_evidence" }),
];
const text = renderExport("fever", records);
const lines = text
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));

const hasPython = (() => {
  try {
    execFileSync("python3", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();

/** Runs the official scorer's `fever_score` over `predictions` (JSON Lines), returning its five figures. */
function feverScore(predictions: string): number[] {
  const script = `
import json, sys, types
sys.path.insert(0, ${JSON.stringify(path.resolve("test/fixtures/fever-scorer"))})
try:
    import six
except ImportError:
    sys.modules["six"] = types.SimpleNamespace(string_types=(str,))
from scorer import fever_score
predictions = [json.loads(line) for line in sys.stdin if line.strip()]
print(json.dumps(list(fever_score(predictions))))
`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: predictions }).toString());
}

describe("fever export", () => {
  it("maps verdicts to FEVER's labels, no verdict to none (left out)", () => {
    expect(["supported", "refuted", "conflicting", "not_enough_evidence", null].map(feverLabel)).toEqual([
      "SUPPORTS",
      "REFUTES",
      "NOT ENOUGH INFO",
      "NOT ENOUGH INFO",
      null,
    ]);
  });

  it("writes FEVER's shape: integer ids, evidence sets of [annotation_id, evidence_id, page, sentence_id]", () => {
    // c4 (no verdict) and c5 (supported, with no evidence at all) are left out.
    expect(lines.map((l) => [l.id, l.claim_id, l.label, l.verdict])).toEqual([
      [1, "c1", "SUPPORTS", "supported"],
      [2, "c2", "REFUTES", "refuted"],
      [3, "c3", "NOT ENOUGH INFO", "conflicting"],
      [4, "c6", "NOT ENOUGH INFO", "not_enough_evidence"],
    ]);
    // c1's two supporting pieces are two sets (either is enough); its refuting URL is not gold evidence.
    expect(lines[0].evidence).toEqual([[[1, 1, "urn:claimbench:claim:c0", 0]], [[1, 2, "https://b.example/y", 0]]]);
    expect(lines[1].evidence).toEqual([[[2, 3, "https://a.example/x", 0]]]);
    expect(lines[2].evidence).toEqual([[[3, null, null, null]]]);
    expect(lines[0]).toMatchObject({ claim: records[0].statement, verifiable: "VERIFIABLE" });
    expect(renderExport("fever", [sampleRecord({ statement: null })])).toContain('"claim":"over 30,000 people dead"');
    expect(lines[2].verifiable).toBe("NOT VERIFIABLE");
    expect(lines[0].claimbench_evidence).toEqual(records[0].evidence);
    for (const line of lines) {
      expect(Number.isInteger(line.id)).toBe(true);
      for (const set of line.evidence)
        for (const [annotationId, evidenceId, page, sentence] of set) {
          expect(annotationId).toBe(line.id);
          if (page !== null) {
            expect(Number.isInteger(evidenceId) && typeof page === "string" && Number.isInteger(sentence)).toBe(true);
          }
        }
    }
  });

  it.runIf(hasPython)(
    "the official scorer reads the file: a perfect system scores 1 on every figure",
    () => {
      const perfect = lines.map((l) => ({
        ...l,
        predicted_label: l.label,
        predicted_evidence: l.evidence.flatMap((set: unknown[][]) =>
          set.filter((e) => e[2] !== null).map((e) => [e[2], e[3]]),
        ),
      }));
      expect(feverScore(perfect.map((p) => JSON.stringify(p)).join("\n"))).toEqual([1, 1, 1, 1, 1]);
      // And it can tell a worse one: no evidence retrieved means no strict score for SUPPORTS/REFUTES.
      const blind = perfect.map((p) => ({ ...p, predicted_evidence: [] }));
      const [strict, accuracy] = feverScore(blind.map((p) => JSON.stringify(p)).join("\n"));
      expect(accuracy).toBe(1);
      expect(strict).toBe(0.5);
    },
    60_000,
  );
});
