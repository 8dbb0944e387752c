/**
 * Wire schemas for evidence links and claim clusters, shared by route handlers, pages and tests.
 *
 * An evidence link goes from a claim to exactly one of: another claim (`targetClaimId`) or an
 * external source (`url` with its bibliographic fields). Whether the claims exist, and whether
 * the link is a duplicate, can only be checked against the database, so that happens in the
 * domain functions; these schemas check types and shapes.
 */
import { z } from "zod";
import { stances, type Stance } from "@/lib/claims/vocabulary";
import { isStorableDate, storableText, STORABLE_DATE_MESSAGE } from "@/lib/http/wire-rules";

/** Maximum lengths of the free-text fields (characters, after trimming). */
const EVIDENCE_TEXT_LIMITS = { url: 2000, title: 500, publisher: 300, quote: 5000, note: 5000 } as const;
const CLUSTER_TEXT_LIMITS = { name: 200, description: 2000 } as const;

/** A trimmed optional text; blank means "no value" and becomes null. */
const optionalText = (max: number) =>
  storableText(z.string({ error: "must be a string or null" }))
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish();

const id = (what: string) =>
  storableText(z.string({ error: (iss) => (iss.input === undefined ? "is required" : "must be a string") }))
    .trim()
    .min(1, `must name a ${what}`)
    .max(100, "must be at most 100 characters");

/**
 * An http(s) URL with a real host name. Stored as the WHATWG-normalized form (lower-case host,
 * "/" path on a bare host) so that two spellings of the same address count as a duplicate.
 */
const SourceUrl = storableText(z.string({ error: "must be a string" }))
  .trim()
  .max(EVIDENCE_TEXT_LIMITS.url, `must be at most ${EVIDENCE_TEXT_LIMITS.url} characters`)
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: "must be an http(s) URL such as https://example.org/page",
    }),
  )
  .transform((v) => new URL(v).href);

/** A calendar date (YYYY-MM-DD) or a full ISO 8601 timestamp; stored as a UTC instant. */
const isoDate = z
  .string({ error: "must be a string" })
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "must be an ISO 8601 date such as 2016-02-11 or 2016-02-11T10:00:00Z",
  })
  .refine(isStorableDate, { message: STORABLE_DATE_MESSAGE })
  .transform((v) => new Date(v))
  .nullish();

/** Fields that only describe an external source, refused on a claim-to-claim link. */
const sourceOnly = ["title", "publisher", "publishedAt", "quote", "accessedAt"] as const;

/** A link to another claim, as validated. */
interface ClaimLinkData {
  kind: "claim";
  targetClaimId: string;
  stance: Stance;
  note: string | null;
}

/** A link to an external source, as validated (`accessedAt` null means "today"). */
interface SourceLinkData {
  kind: "source";
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  quote: string | null;
  accessedAt: Date | null;
  stance: Stance;
  note: string | null;
}

export type CreateEvidenceData = ClaimLinkData | SourceLinkData;

/**
 * Body of `POST /api/claims/{id}/evidence`: `{ targetClaimId, stance, note? }` for another
 * claim, or `{ url, title?, publisher?, publishedAt?, quote?, accessedAt?, stance, note? }` for
 * an external source. One object with a refinement rather than a zod union, so a wrong body
 * gets one message per field instead of a list of every union branch's complaints.
 */
export const CreateEvidenceInput = z
  .object({
    targetClaimId: id("claim").optional(),
    url: SourceUrl.optional(),
    title: optionalText(EVIDENCE_TEXT_LIMITS.title),
    publisher: optionalText(EVIDENCE_TEXT_LIMITS.publisher),
    publishedAt: isoDate,
    quote: optionalText(EVIDENCE_TEXT_LIMITS.quote),
    accessedAt: isoDate,
    stance: z.enum(stances, {
      error: (iss) =>
        iss.input === undefined ? `is required: one of ${stances.join(", ")}` : `must be one of ${stances.join(", ")}`,
    }),
    note: optionalText(EVIDENCE_TEXT_LIMITS.note),
  })
  .superRefine((v, ctx) => {
    if (v.targetClaimId === undefined && v.url === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["targetClaimId"],
        message: "or url is required: link to another claim or to an external source",
      });
    }
    if (v.targetClaimId !== undefined && v.url !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "cannot be sent with targetClaimId: a link goes to one claim or one source",
      });
    }
    if (v.targetClaimId !== undefined) {
      for (const field of sourceOnly) {
        if (v[field] !== undefined && v[field] !== null) {
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: "only applies to an external source (url), not to a link between claims",
          });
        }
      }
    }
    // The object's refinement also runs when a field already failed, with that field untransformed.
    if (v.accessedAt instanceof Date && v.accessedAt.getTime() > Date.now() + 24 * 3600_000) {
      ctx.addIssue({ code: "custom", path: ["accessedAt"], message: "cannot be in the future" });
    }
  })
  .transform((v): CreateEvidenceData => {
    const note = v.note ?? null;
    if (v.targetClaimId !== undefined) return { kind: "claim", targetClaimId: v.targetClaimId, stance: v.stance, note };
    return {
      kind: "source",
      // The refinement guarantees a url when there is no targetClaimId.
      url: v.url ?? "",
      title: v.title ?? null,
      publisher: v.publisher ?? null,
      publishedAt: v.publishedAt ?? null,
      quote: v.quote ?? null,
      accessedAt: v.accessedAt ?? null,
      stance: v.stance,
      note,
    };
  });
export type CreateEvidenceInput = z.input<typeof CreateEvidenceInput>;

/** Body of `POST /api/clusters`. */
export const CreateClusterInput = z.object({
  name: storableText(z.string({ error: (iss) => (iss.input === undefined ? "is required" : "must be a string") }))
    .trim()
    .min(1, "is required")
    .max(CLUSTER_TEXT_LIMITS.name, `must be at most ${CLUSTER_TEXT_LIMITS.name} characters`),
  description: optionalText(CLUSTER_TEXT_LIMITS.description),
});
export type CreateClusterInput = z.input<typeof CreateClusterInput>;

/** Body of `POST /api/clusters/{id}/claims`. */
export const AddClusterClaimInput = z.object({ claimId: id("claim") });

/** Query of `GET /api/clusters`. */
export const ListClustersQuery = z.object({
  projectId: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string({ error: "must be a string" }).max(100, "must be at most 100 characters").optional(),
  ),
  q: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().trim().max(200, "must be at most 200 characters").optional(),
  ),
});

/** The fields of a claim shown wherever it appears as the other end of a link or in a cluster. */
export const claimSummarySelect = {
  id: true,
  articleId: true,
  exact: true,
  kind: true,
  value: true,
  qualifier: true,
  valueMax: true,
  unit: true,
  timeRef: true,
  attributedTo: true,
  status: true,
  verdict: true,
  article: { select: { id: true, title: true, publisher: true, publishedAt: true } },
} as const;

/**
 * What an evidence link says, without its bookkeeping or the claims it joins: the claim it starts
 * from, its target (another claim, or an external source by its fields) and the stance. No
 * relation, so it can be read for thousands of claims at once (adjudication's article state).
 */
export const evidenceLinkSelect = {
  claimId: true,
  targetClaimId: true,
  url: true,
  title: true,
  publisher: true,
  publishedAt: true,
  quote: true,
  accessedAt: true,
  stance: true,
  note: true,
} as const;

/** Fields of an evidence row as stored, with both claims it may join. */
export const evidenceSelect = {
  id: true,
  ...evidenceLinkSelect,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
  claim: { select: claimSummarySelect },
  targetClaim: { select: claimSummarySelect },
} as const;

/** Fields of a cluster on every cluster response. */
export const clusterSelect = {
  id: true,
  projectId: true,
  name: true,
  description: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;
