import { z } from "zod";
import { REASON_CODES } from "@/lib/adjudication/feedback";
import { ClaimReviewSchema, W3cSchema } from "./json-schemas-ld";

/**
 * The shapes of the JSON Lines export formats as zod schemas, for their JSON Schemas and for
 * the tests that validate every export against them. The writers are the source of the bytes; these describe them.
 */
const Iso = z.iso.datetime({ offset: true });
const Text = z.string();
const Ref = z.object({ id: Text, name: Text }).strict();

const Evidence = z.discriminatedUnion("type", [
  z.object({ type: z.literal("claim"), stance: Text, targetClaimId: Text, quote: Text.nullable() }).strict(),
  z
    .object({
      type: z.literal("url"),
      stance: Text,
      url: Text,
      title: Text.nullable(),
      publisher: Text.nullable(),
      quote: Text.nullable(),
      accessedAt: Iso.nullable(),
    })
    .strict(),
]);

const offset = z.int().min(0);

const Layer = z
  .enum(["annotation", "gold"])
  .describe("gold: the project's adjudicated claim; annotation: one annotator's own");

/** A gold claim's provenance (null on the annotation layer). */
const Provenance = z
  .object({
    kind: z.enum(["unanimous", "majority", "adjudicated"]),
    action: z.enum(["merge", "take", "edit", "add"]).describe("how the decision made the gold claim"),
    sources: z
      .array(z.object({ claimId: Text, annotator: Ref }).strict())
      .describe("the annotators' claims the gold claim was made from, in claim-id order"),
    adjudicator: Ref.nullable().describe("null for an automatic merge"),
    reasonCode: z.enum(REASON_CODES).nullable(),
    comment: Text.nullable(),
    decidedAt: Iso,
  })
  .strict()
  .nullable();

/** One line of `format=jsonl`. */
const ExportRecordSchema = z
  .object({
    id: Text,
    article: z
      .object({ id: Text, title: Text, url: Text.nullable(), publisher: Text.nullable(), publishedAt: Iso.nullable() })
      .strict(),
    span: z
      .object({
        start: offset.describe("UTF-16 code units into the article's text"),
        end: offset.describe("UTF-16 code units, exclusive"),
        codePointStart: offset.describe("the same span in code points"),
        codePointEnd: offset.describe("code points, exclusive"),
        exact: Text,
        prefix: Text,
        suffix: Text,
      })
      .strict(),
    statement: Text.nullable(),
    kind: Text,
    value: z.number().nullable().describe("always written with a decimal point (30000.0)"),
    qualifier: Text.nullable(),
    valueMax: z.number().nullable(),
    unit: Text.nullable(),
    timeRef: Text.nullable(),
    attributedTo: Text.nullable(),
    authorType: z.enum(["person", "organisation"]).nullable(),
    status: Text,
    verdict: Text.nullable(),
    justification: Text.nullable(),
    evidence: z.array(Evidence),
    cluster: Ref.nullable(),
    annotator: Ref,
    reviewer: Ref.nullable(),
    approvedAt: Iso.nullable(),
    updatedAt: Iso,
    layer: Layer,
    provenance: Provenance,
    schemaVersion: z.literal(1),
  })
  .strict();

/** One line of `format=fever`. */
const FeverLineSchema = z
  .object({
    id: z.int().min(1),
    claim_id: Text,
    claim: Text,
    label: z.enum(["SUPPORTS", "REFUTES", "NOT ENOUGH INFO"]),
    verifiable: z.enum(["VERIFIABLE", "NOT VERIFIABLE"]),
    evidence: z
      .array(
        z
          .array(z.tuple([z.int(), z.int().nullable(), Text.nullable(), z.int().nullable()]))
          .min(1)
          .describe("an evidence set: [annotation_id, evidence_id, page, sentence_id]"),
      )
      .min(1),
    verdict: Text,
    claimbench_evidence: z.array(Evidence),
    claimbench_layer: Layer,
    claimbench_provenance: Provenance,
    source: z
      .object({
        articleId: Text,
        url: Text.nullable(),
        start: offset,
        end: offset,
        codePointStart: offset,
        codePointEnd: offset,
      })
      .strict(),
  })
  .strict();

const nullableText = Text.nullable();

/** One answer of an AVeriTeC question, as its dataset's `dev.json` has them (plus our stance). */
const AveritecAnswer = z
  .object({
    answer: Text,
    answer_type: z.enum(["Extractive", "Abstractive", "Unanswerable"]),
    source_url: Text,
    source_medium: z.enum(["Web text", "Other", ""]),
    claimbench_stance: z.enum(["supports", "refutes", "mixed", "context"]).optional(),
  })
  .strict();

/** `format=averitec`: the whole file, a JSON array of AVeriTeC records. */
const AveritecSchema = z.array(
  z
    .object({
      claim: Text,
      required_reannotation: z.literal(false),
      label: z.enum(["Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking"]),
      justification: Text,
      claim_date: Text.regex(/^\d{2}-\d{2}-\d{4}$/)
        .nullable()
        .describe("DD-MM-YYYY"),
      speaker: nullableText,
      original_claim_url: nullableText,
      fact_checking_article: nullableText,
      reporting_source: nullableText,
      location_ISO_code: z.null(),
      claim_types: z.array(
        z.enum(["Numerical Claim", "Event/Property Claim", "Quote Verification", "Position Statement"]),
      ),
      fact_checking_strategies: z.array(z.literal("Written Evidence")),
      questions: z.array(z.object({ question: Text, answers: z.array(AveritecAnswer).min(1) }).strict()).min(1),
      claim_id: Text,
    })
    .strict(),
);

/** One line of `format=articles`. */
const ArticleLineSchema = z
  .object({
    id: Text,
    title: Text,
    url: nullableText,
    publisher: nullableText,
    publishedAt: Iso.nullable(),
    text: Text.describe("the canonical text every claim's offsets count in"),
    textSha256: Text.regex(/^[0-9a-f]{64}$/).describe("SHA-256 (hex) of the text's UTF-8 bytes"),
    schemaVersion: z.literal(1),
  })
  .strict();

const schemas = {
  jsonl: ExportRecordSchema,
  fever: FeverLineSchema,
  averitec: AveritecSchema,
  articles: ArticleLineSchema,
  w3c: W3cSchema,
  claimreview: ClaimReviewSchema,
} as const;

/** The export formats that are JSON (every one but CSV and the zip bundle): each has a JSON Schema. */
export const jsonExportFormats = ["jsonl", "w3c", "claimreview", "fever", "averitec", "articles"] as const;
export type JsonExportFormat = (typeof jsonExportFormats)[number];

/** Formats whose file is JSON Lines: their schema is of one line; the others' of the whole file. */
const lineFormats = new Set<JsonExportFormat>(["jsonl", "fever", "articles"]);

/** The JSON Schema (draft 2020-12) of an export format: of one line for JSON Lines, else of the file. */
export function exportJsonSchema(format: JsonExportFormat) {
  return {
    $id: `urn:claimbench:schema:export-${format}`,
    title: `Claimbench export, format=${format}${lineFormats.has(format) ? " (one line)" : ""}`,
    ...z.toJSONSchema(schemas[format], { target: "draft-2020-12" }),
  };
}

/** Whether a format's file is JSON Lines (validated line by line) rather than one JSON document. */
export const isJsonLines = (format: JsonExportFormat) => lineFormats.has(format);
