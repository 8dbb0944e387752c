import { z } from "zod";

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

const schemas = { jsonl: ExportRecordSchema, fever: FeverLineSchema } as const;

/** The JSON Schema (draft 2020-12) of one line of a JSON Lines export format. */
export function exportJsonSchema(format: keyof typeof schemas) {
  return {
    $id: `urn:claimbench:schema:export-${format}`,
    title: `Claimbench export, format=${format} (one line)`,
    ...z.toJSONSchema(schemas[format], { target: "draft-2020-12" }),
  };
}
