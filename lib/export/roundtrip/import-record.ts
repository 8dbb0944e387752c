import { z } from "zod";
import { AuthorType, ClaimKind, ClaimStatus, Qualifier, Stance, Verdict } from "@/lib/claims/vocabulary";

const Ref = z.object({ id: z.string().min(1), name: z.string() });
const IsoDate = z.iso.datetime({ offset: true });

const ImportEvidence = z.discriminatedUnion("type", [
  // quote is null when the cited claim was not approved at export time
  z.object({
    type: z.literal("claim"),
    stance: Stance,
    targetClaimId: z.string().min(1),
    quote: z.string().nullable(),
  }),
  z.object({
    type: z.literal("url"),
    stance: Stance,
    url: z.url(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    quote: z.string().nullable(),
    accessedAt: IsoDate.nullable(),
  }),
]);

/**
 * One JSONL export line as `import-claims` reads it: the fields needed to recreate the claim,
 * checked against the same vocabulary the API uses. Unknown keys are ignored (newer exports).
 */
export const ImportRecord = z.object({
  id: z.string().min(1),
  article: z.object({ id: z.string().min(1) }),
  span: z.object({
    start: z.int().min(0),
    end: z.int().min(0),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  }),
  kind: ClaimKind,
  value: z.number().nullable(),
  qualifier: Qualifier.nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  timeRef: z.string().nullable(),
  attributedTo: z.string().nullable(),
  /** Absent from exports made before statements and author types existed: null then. */
  statement: z.string().nullable().default(null),
  authorType: AuthorType.nullable().default(null),
  status: ClaimStatus.default("approved"),
  verdict: Verdict.nullable(),
  justification: z.string().nullable(),
  evidence: z.array(ImportEvidence),
  cluster: Ref.nullable(),
  annotator: Ref,
  reviewer: Ref.nullable(),
  approvedAt: IsoDate.nullable(),
  schemaVersion: z.literal(1),
});
export type ImportRecord = z.output<typeof ImportRecord>;
