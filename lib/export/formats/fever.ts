import type { ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";

export type FeverLabel = "SUPPORTS" | "REFUTES" | "NOT ENOUGH INFO";

/** AVeriTeC verdicts onto FEVER's three labels; conflicting evidence is not enough to decide. */
export function feverLabel(verdict: string | null): FeverLabel {
  if (verdict === "supported") return "SUPPORTS";
  if (verdict === "refuted") return "REFUTES";
  return "NOT ENOUGH INFO";
}

function feverLine(record: ExportRecord) {
  const label = feverLabel(record.verdict);
  return {
    id: record.id,
    claim: record.span.exact,
    label,
    verifiable: label === "NOT ENOUGH INFO" ? "NOT VERIFIABLE" : "VERIFIABLE",
    // FEVER cites Wikipedia sentences; here a piece of evidence is another claim or a URL, with its quote.
    evidence: record.evidence.map((e) =>
      e.type === "claim"
        ? { type: e.type, stance: e.stance, targetClaimId: e.targetClaimId, text: e.quote }
        : { type: e.type, stance: e.stance, url: e.url, text: e.quote },
    ),
    source: { articleId: record.article.id, url: record.article.url, start: record.span.start, end: record.span.end },
  };
}

/** FEVER-style JSON Lines: id, claim, label, evidence. */
export const feverFormat: ExportFormatWriter = {
  contentType: "application/x-ndjson; charset=utf-8",
  extension: ".fever.jsonl",
  begin: () => "",
  record: (record) => `${JSON.stringify(feverLine(record))}\n`,
  end: () => "",
};
