/**
 * Wire schemas for claims, shared by route handlers, forms, the CLI and tests.
 *
 * Offsets are UTF-16 code-unit offsets into the article's canonical text, `end` exclusive.
 * Whether a span actually fits the text can only be checked against the article, so that
 * happens in the domain functions (`validateSpan`); these schemas check types and shapes.
 */
import { z } from "zod";
import { storableText, versionNumber } from "@/lib/http/wire-rules";
import { AuthorType, ClaimStatus, Qualifier } from "./vocabulary";

/**
 * A kind key as the wire carries it. Which keys exist is the claim's project's schema (the
 * Default project has casualty, quantity, event, quote, attribution, other), checked by the
 * domain functions against that schema: 422 for a key the project does not have.
 */
export const KindKey = z
  .string({ error: (iss) => (iss.input === undefined ? "is required" : "must be a string") })
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "must be a kind key of the project's schema (lower-case letters, digits and _)");

/** A verdict label key; which exist is the project's schema (AVeriTeC's four by default), checked in the domain. */
const VerdictKey = z
  .string({ error: "must be a string" })
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "must be a verdict label key of the project's schema");

/** A project id as a body or query field; absent means the Default project. */
const ProjectIdField = z
  .string({ error: "must be a string" })
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

/** Maximum lengths of the free-text attributes (characters, after trimming). */
export const CLAIM_TEXT_LIMITS = {
  unit: 100,
  timeRef: 200,
  attributedTo: 300,
  statement: 1000,
  note: 5000,
  justification: 5000,
} as const;

const offset = z
  .number({ error: (iss) => (iss.input === undefined ? "is required" : "must be a number") })
  .int("must be a whole number of UTF-16 code units");

/** `[start, end)` plus the quoted text, which must equal `text.slice(start, end)`. */
export const SpanInput = z.object({
  start: offset,
  end: offset,
  exact: z.string({ error: (iss) => (iss.input === undefined ? "is required" : "must be a string") }),
});
export type SpanInput = z.infer<typeof SpanInput>;

/**
 * A trimmed optional text attribute. Blank means "no value", so it becomes `null`, which is
 * also how a PATCH clears the field.
 */
const optionalText = (max: number) =>
  storableText(z.string({ error: "must be a string or null" }))
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish();

// zod 4 already refuses NaN and ±Infinity (e.g. a JSON literal 1e999); the message says so.
const figure = z.number({ error: "must be a finite number" });

const attributeShape = {
  value: figure.nullish(),
  qualifier: Qualifier.nullish(),
  valueMax: figure.nullish(),
  unit: optionalText(CLAIM_TEXT_LIMITS.unit),
  timeRef: optionalText(CLAIM_TEXT_LIMITS.timeRef),
  attributedTo: optionalText(CLAIM_TEXT_LIMITS.attributedTo),
  authorType: AuthorType.nullish(),
  statement: optionalText(CLAIM_TEXT_LIMITS.statement),
  note: optionalText(CLAIM_TEXT_LIMITS.note),
};

/** The figure-related attributes whose combination `rangeProblem` checks. */
export interface FigureAttributes {
  value?: number | null;
  qualifier?: string | null;
  valueMax?: number | null;
}

/**
 * The rule tying `qualifier`, `value` and `valueMax` together: only a range has an upper
 * bound, and a range needs both bounds in order. Returns the offending field and why, or null.
 * Exported so an edit can be checked against the merged (stored + changed) attributes.
 */
export function rangeProblem({
  value,
  qualifier,
  valueMax,
}: FigureAttributes): { path: "value" | "valueMax"; message: string } | null {
  const hasMax = valueMax !== undefined && valueMax !== null;
  const hasValue = value !== undefined && value !== null;
  if (qualifier === "range") {
    if (!hasValue) return { path: "value", message: 'is required when qualifier is "range" (the lower bound)' };
    if (!hasMax) return { path: "valueMax", message: 'is required when qualifier is "range" (the upper bound)' };
    if (valueMax < value) return { path: "valueMax", message: `must be at least value (${value}) for a range` };
    return null;
  }
  if (hasMax) return { path: "valueMax", message: 'is only allowed when qualifier is "range"; send null to clear it' };
  return null;
}

/**
 * A verdict is only as good as its reasons: one needs a written justification. Checked against
 * the merged (stored + changed) claim, like `rangeProblem`. Returns the offending field or null.
 */
export function verdictProblem({
  verdict,
  justification,
}: {
  verdict?: string | null;
  justification?: string | null;
}): { path: "justification"; message: string } | null {
  if (verdict && !justification)
    return { path: "justification", message: "is required with a verdict: say why the evidence leads to it" };
  return null;
}

function refineRange(attrs: FigureAttributes, ctx: z.RefinementCtx): void {
  const problem = rangeProblem(attrs);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
}

/** Body of `POST /api/articles/{id}/claims`. */
export const CreateClaimInput = z
  .object({
    ...SpanInput.shape,
    kind: KindKey,
    ...attributeShape,
    projectId: ProjectIdField.optional(),
  })
  .superRefine(refineRange);
export type CreateClaimInput = z.input<typeof CreateClaimInput>;
/** A validated new claim (text trimmed, blanks as null). */
export type CreateClaimData = z.output<typeof CreateClaimInput>;

const spanFields = ["start", "end", "exact"] as const;

/**
 * Body of `PATCH /api/claims/{id}`: any subset of the editable attributes, `null` to clear an
 * optional one, the span fields only all together, and the `version` the caller last read.
 * The range rule is checked later, against the stored claim merged with these changes.
 */
export const UpdateClaimInput = z
  .object({
    start: offset.optional(),
    end: offset.optional(),
    exact: z.string({ error: "must be a string" }).optional(),
    kind: KindKey.optional(),
    ...attributeShape,
    verdict: VerdictKey.nullish(),
    justification: optionalText(CLAIM_TEXT_LIMITS.justification),
    version: versionNumber(
      z.number({
        error: (iss) => (iss.input === undefined ? "is required: send the version you last read" : "must be a number"),
      }),
    ),
  })
  .superRefine((input, ctx) => {
    const given = spanFields.filter((f) => input[f] !== undefined);
    if (given.length === 0 || given.length === spanFields.length) return;
    for (const f of spanFields) {
      if (input[f] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [f],
          message: `is required when changing the span (start, end and exact go together)`,
        });
      }
    }
  });
export type UpdateClaimInput = z.input<typeof UpdateClaimInput>;
export type UpdateClaimData = z.output<typeof UpdateClaimInput>;

/** Query of `DELETE /api/claims/{id}`. */
export const DeleteClaimQuery = z.object({
  version: versionNumber(z.coerce.number({ error: "must be a number" })).optional(),
});

/** Sort keys of the claims table; a leading "-" means descending. */
const claimSorts = ["created", "-created", "value", "-value", "article", "kind", "status"] as const;
export type ClaimSort = (typeof claimSorts)[number];

/** An empty query parameter (`?kind=`) means "no filter", not an invalid value. */
const blankAsMissing = (v: unknown) => (v === "" ? undefined : v);
const queryId = z.preprocess(blankAsMissing, z.string().trim().max(100, "must be at most 100 characters").optional());
const queryNumber = z.preprocess(blankAsMissing, z.coerce.number({ error: "must be a finite number" }).optional());

/** Query of the reads about one article's claims (`GET /api/articles/{id}/claims`, `…/suggestions`): which project; absent means the Default project. */
export const ProjectScopeQuery = z.object({ projectId: z.preprocess(blankAsMissing, ProjectIdField.optional()) });

/** Query of `GET /api/claims` (the claims table). */
export const ListClaimsQuery = z
  .object({
    articleId: queryId,
    authorId: queryId,
    kind: z.preprocess(blankAsMissing, KindKey.optional()),
    projectId: z.preprocess(blankAsMissing, ProjectIdField.optional()),
    status: z.preprocess(blankAsMissing, ClaimStatus.optional()),
    valueMin: queryNumber,
    valueMax: queryNumber,
    q: z.preprocess(blankAsMissing, z.string().trim().max(200, "must be at most 200 characters").optional()),
    sort: z.preprocess(
      blankAsMissing,
      z.enum(claimSorts, { error: `must be one of ${claimSorts.join(", ")}` }).default("-created"),
    ),
    page: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .default(1),
    pageSize: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .max(100, "must be at most 100")
      .default(25),
  })
  .superRefine((query, ctx) => {
    if (query.valueMin !== undefined && query.valueMax !== undefined && query.valueMin > query.valueMax) {
      ctx.addIssue({
        code: "custom",
        path: ["valueMax"],
        message: `must not be less than valueMin (${query.valueMin})`,
      });
    }
  });
export type ListClaimsQuery = z.input<typeof ListClaimsQuery>;

/** Query of `GET /api/articles/{id}/prefill`. */
export const PrefillQuery = z.object({
  start: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must not be negative"),
  end: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must not be negative"),
});

/** Fields of a claim that leave the data layer (the wire shape of every claim response). */
export const claimSelect = {
  id: true,
  projectId: true,
  articleId: true,
  layer: true,
  assignmentId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  kind: true,
  value: true,
  qualifier: true,
  valueMax: true,
  unit: true,
  timeRef: true,
  attributedTo: true,
  authorType: true,
  statement: true,
  note: true,
  status: true,
  verdict: true,
  justification: true,
  version: true,
  author: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
} as const;
