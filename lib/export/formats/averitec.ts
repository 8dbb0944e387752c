import type { ExportFormatWriter } from "./writer";
import type { ExportEvidence, ExportRecord } from "@/lib/export/records/record";
import { arrayElement, ARRAY_END } from "./json-array";
import { claimIri } from "./w3c";

/** AVeriTeC's four labels (the strings of its dataset and of its scorer's `verdicts`). */
const averitecLabels = {
  supported: "Supported",
  refuted: "Refuted",
  not_enough_evidence: "Not Enough Evidence",
  conflicting: "Conflicting Evidence/Cherrypicking",
} as const;

/**
 * AVeriTeC's claim types for our kinds; a kind of a project's own schema (or `other`) has none.
 * casualty and quantity claims state a figure; an attribution says what someone's position is.
 */
const claimTypes: Record<string, string> = {
  casualty: "Numerical Claim",
  quantity: "Numerical Claim",
  event: "Event/Property Claim",
  quote: "Quote Verification",
  attribution: "Position Statement",
};

/** AVeriTeC's `claim_date`: the article's publication day as DD-MM-YYYY (UTC), or null. */
function claimDate(iso: string | null): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.slice(0, 10).split("-");
  return `${day}-${month}-${year}`;
}

/**
 * One piece of evidence as an AVeriTeC question with one answer. We record the source and its
 * quoted words, not the question they answer, so `question` is empty. A quote is an Extractive
 * answer; without one, the page's title (else its address) stands in as an Abstractive answer.
 * A cited claim is a source of its own: its IRI, its words (only when it is approved).
 */
function questionOf(e: ExportEvidence) {
  const answer =
    e.type === "url"
      ? {
          answer: e.quote ?? e.title ?? e.url,
          answer_type: e.quote ? "Extractive" : "Abstractive",
          source_url: e.url,
          source_medium: "Web text",
        }
      : {
          answer: e.quote ?? "",
          answer_type: e.quote ? "Extractive" : "Abstractive",
          source_url: claimIri(e.targetClaimId),
          source_medium: "Other",
        };
  return { question: "", answers: [{ ...answer, claimbench_stance: e.stance }] };
}

/** AVeriTeC's own way of saying no evidence was found (its scorer needs at least one question). */
const NO_ANSWER = {
  question: "",
  answers: [{ answer: "No answer could be found.", answer_type: "Unanswerable", source_url: "", source_medium: "" }],
};

/** One claim with a verdict as an AVeriTeC record; keys in the dataset's order, then ours. */
function toAveritec(r: ExportRecord, label: string, factCheckUrl: string | null) {
  const type = claimTypes[r.kind];
  return {
    claim: r.statement ?? r.span.exact,
    required_reannotation: false,
    label,
    justification: r.justification ?? "",
    claim_date: claimDate(r.article.publishedAt),
    speaker: r.attributedTo,
    original_claim_url: r.article.url,
    fact_checking_article: factCheckUrl,
    reporting_source: r.article.publisher,
    location_ISO_code: null,
    claim_types: type ? [type] : [],
    fact_checking_strategies: r.evidence.some((e) => e.type === "url") ? ["Written Evidence"] : [],
    questions: r.evidence.length > 0 ? r.evidence.map(questionOf) : [NO_ANSWER],
    claim_id: r.id,
  };
}

/**
 * The AVeriTeC dataset's shape (its `dev.json`): a JSON array with one record per claim that has
 * a verdict, one per line (with `goldOnly`, in a project with a gold layer, only its gold claims:
 * an annotator's own layer is not the project's verdict). `factCheckUrl` gives a claim's public fact-check page when the
 * ClaimReview URL template is set (else `fact_checking_article` is null).
 */
export function averitecFormat(
  factCheckUrl: (r: ExportRecord) => string | null = () => null,
  { goldOnly = false }: { goldOnly?: boolean } = {},
): ExportFormatWriter {
  let count = 0;
  return {
    contentType: "application/json; charset=utf-8",
    extension: ".averitec.json",
    begin: () => "[",
    record(r) {
      const label = r.verdict ? averitecLabels[r.verdict as keyof typeof averitecLabels] : undefined;
      if (!label || (goldOnly && r.layer !== "gold")) return "";
      return arrayElement(JSON.stringify(toAveritec(r, label, factCheckUrl(r))), count++);
    },
    end: () => ARRAY_END,
  };
}
