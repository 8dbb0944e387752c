import type { ExportFormatWriter } from "./writer";
import type { ExportEvidence, ExportRecord } from "@/lib/export/records/record";
import { claimIri } from "./w3c";

export type FeverLabel = "SUPPORTS" | "REFUTES" | "NOT ENOUGH INFO";

/**
 * Our verdicts onto FEVER's three labels, or null for a claim the FEVER file leaves out (no
 * verdict yet). Conflicting evidence is not enough to decide: NOT ENOUGH INFO, with our verdict
 * kept beside it (`verdict`) so the two can be told apart.
 */
export function feverLabel(verdict: string | null): FeverLabel | null {
  if (verdict === "supported") return "SUPPORTS";
  if (verdict === "refuted") return "REFUTES";
  if (verdict === "conflicting" || verdict === "not_enough_evidence") return "NOT ENOUGH INFO";
  return null;
}

/** The stance a piece of evidence needs to back a label. */
const stanceFor: Partial<Record<FeverLabel, string>> = { SUPPORTS: "supports", REFUTES: "refutes" };

/** FEVER's `page` of a piece of evidence: the cited URL, or the cited claim's IRI. */
const evidencePage = (e: ExportEvidence) => (e.type === "url" ? e.url : claimIri(e.targetClaimId));

/**
 * FEVER JSON Lines, as the official scorer (fever-scorer's `fever_score`) reads them: `id` (an
 * integer: the line's number, 1-based; `claim_id` is ours), `claim`, `label`, `verifiable`, and
 * `evidence`, a list of evidence sets, each a list of `[annotation_id, evidence_id, page,
 * sentence_id]`. Every piece of evidence whose stance backs the label is a set of its own (any one
 * of them is enough); `annotation_id` is the line's `id`, `evidence_id` counts pieces across the
 * file (1-based), `page` is the cited URL or claim IRI, `sentence_id` 0 (we cite a whole page).
 * NOT ENOUGH INFO has FEVER's one set `[[id, null, null, null]]`. Left out: claims with no
 * verdict, and supported or refuted claims with no evidence of that stance (the scorer cannot
 * count a correct prediction for them as strictly correct). Everything we know of the evidence
 * is under `claimbench_evidence`, with the span under `source`; the claim's layer and a gold
 * claim's provenance under `claimbench_layer` and `claimbench_provenance`.
 */
export function feverFormat(): ExportFormatWriter {
  let line = 0;
  let evidenceId = 0;
  return {
    contentType: "application/x-ndjson; charset=utf-8",
    extension: ".fever.jsonl",
    begin: () => "",
    record(r: ExportRecord) {
      const label = feverLabel(r.verdict);
      if (label === null) return "";
      const stance = stanceFor[label];
      const backing = stance ? r.evidence.filter((e) => e.stance === stance) : [];
      if (stance && backing.length === 0) return "";
      line += 1;
      const evidence =
        label === "NOT ENOUGH INFO"
          ? [[[line, null, null, null]]]
          : backing.map((e) => [[line, (evidenceId += 1), evidencePage(e), 0]]);
      const out = {
        id: line,
        claim_id: r.id,
        claim: r.statement ?? r.span.exact,
        label,
        verifiable: label === "NOT ENOUGH INFO" ? "NOT VERIFIABLE" : "VERIFIABLE",
        evidence,
        verdict: r.verdict,
        claimbench_evidence: r.evidence,
        claimbench_layer: r.layer,
        claimbench_provenance: r.provenance,
        source: {
          articleId: r.article.id,
          url: r.article.url,
          start: r.span.start,
          end: r.span.end,
          codePointStart: r.span.codePointStart,
          codePointEnd: r.span.codePointEnd,
        },
      };
      return `${JSON.stringify(out)}\n`;
    },
    end: () => "",
  };
}
