/**
 * Wire schemas for projects: their settings, claim schema (kinds, verdict labels), members,
 * guidelines and articles, shared by route handlers, forms, the CLI and tests.
 */
import { z } from "zod";
import { EscalationMeasure } from "@/lib/agreement/escalation-measure";
import { AppError } from "@/lib/errors";
import { storableText, versionNumber } from "@/lib/http/wire-rules";
import {
  assignmentModes,
  attributeRequirements,
  kindAttributes,
  projectRoles,
  projectArticleStates,
  projectVisibilities,
  queueOrders,
  type KindAttributes,
} from "./vocabulary";

const ProjectRole = z.enum(projectRoles, { error: `must be one of ${projectRoles.join(", ")}` });
const AssignmentMode = z.enum(assignmentModes, { error: `must be one of ${assignmentModes.join(", ")}` });
const QueueOrder = z.enum(queueOrders, { error: `must be one of ${queueOrders.join(", ")}` });
const ProjectVisibility = z.enum(projectVisibilities, {
  error: `must be one of ${projectVisibilities.join(", ")}`,
});

const text = (max: number) =>
  storableText(z.string({ error: "must be a string" }))
    .trim()
    .max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, "must not be empty");
const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const share = (min: number, minInclusive: boolean) =>
  z.number({ error: "must be a number" }).refine((n) => (minInclusive ? n >= min : n > min) && n <= 1, {
    message: `must be ${minInclusive ? "at least" : "more than"} ${min} and at most 1`,
  });

/** Most annotators one article can get (the issue's N is 1–5). */
const MAX_ANNOTATORS_PER_ARTICLE = 5;
/** Longest abandonment timeout: a year, in minutes. */
const MAX_ABANDON_MINUTES = 365 * 24 * 60;

/** The workflow settings a manager may change (every field optional: send what changes). */
const settingsShape = {
  annotatorsPerArticle: wholeNumber(1, MAX_ANNOTATORS_PER_ARTICLE),
  blind: z.boolean({ error: "must be true or false" }),
  assignmentMode: AssignmentMode,
  queueOrder: QueueOrder,
  quotaCount: wholeNumber(1, 10_000_000).nullable(),
  quotaShare: share(0, false).nullable(),
  abandonAfterMinutes: wholeNumber(1, MAX_ABANDON_MINUTES).nullable(),
  requireGuidelinesRead: z.boolean({ error: "must be true or false" }),
  visibility: ProjectVisibility,
  overlapThreshold: share(0, false),
  autoMerge: z.enum(["none", "unanimous", "majority"], { error: "must be one of none, unanimous, majority" }),
  majorityThreshold: share(0.5, true),
  anonymousAdjudication: z.boolean({ error: "must be true or false" }),
  adjudicationIsReview: z.boolean({ error: "must be true or false" }),
  /** Relative tolerance of the value α, as a fraction: 0.05 lets 30,000 and 30,500 agree. */
  valueTolerance: z
    .number({ error: "must be a number" })
    .refine((n) => n >= 0 && n < 1, { message: "must be a fraction at least 0 and below 1 (0.05 is 5 %)" }),
  escalationMeasure: EscalationMeasure.nullable(),
  escalationThreshold: z.number({ error: "must be a number" }).min(-1).max(1).nullable(),
  escalationMaxAnnotators: wholeNumber(1, 10).nullable(),
};

const SettingsInput = z.object(settingsShape).partial();
type SettingsInput = z.output<typeof SettingsInput>;

function refineQuota(input: { quotaCount?: number | null; quotaShare?: number | null }, ctx: z.RefinementCtx) {
  if (input.quotaCount != null && input.quotaShare != null) {
    ctx.addIssue({
      code: "custom",
      path: ["quotaShare"],
      message: "give a quota as a count or as a share, not both (send null for the other)",
    });
  }
}

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const key = (what: string) =>
  z
    .string({ error: "must be a string" })
    .regex(KEY_PATTERN, `must be a ${what} key: a lower-case letter, then up to 39 lower-case letters, digits or _`);

/** One kind of the claim schema. `id` names an existing kind (so a changed key is a rename). */
const KindInput = z
  .object({
    id: z.string({ error: "must be a string" }).max(100).optional(),
    key: key("kind"),
    label: requiredText(60),
    colour: z
      .string({ error: "must be a string" })
      .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour as #rrggbb")
      .transform((c) => c.toLowerCase()),
    shortcut: wholeNumber(1, 9).nullable().default(null),
    definition: text(20_000).default(""),
    examples: z
      .array(requiredText(500), { error: "must be a list of strings" })
      .max(20, "must have at most 20 examples")
      .default([]),
    attributes: z
      .partialRecord(
        z.enum(kindAttributes, { error: `must be one of ${kindAttributes.join(", ")}` }),
        z.enum(attributeRequirements, { error: "must be optional or required" }),
      )
      .default({}),
  })
  .superRefine((kind, ctx) => {
    const a = kind.attributes as KindAttributes;
    if (a.range && !a.value)
      ctx.addIssue({
        code: "custom",
        path: ["attributes", "range"],
        message: "needs the value attribute (a range has a lower bound)",
      });
  });
export type KindData = z.output<typeof KindInput>;

const VerdictLabelInput = z.object({ key: key("verdict"), label: requiredText(80) });

/** Refuses the same key (or keyboard key) twice in one list. */
function refineUnique<T>(
  items: T[],
  field: (item: T) => unknown,
  path: (i: number) => (string | number)[],
  message: (v: unknown) => string,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const value = field(item);
    if (value === null || value === undefined) return;
    if (seen.has(value)) ctx.addIssue({ code: "custom", path: path(i), message: message(value) });
    seen.add(value);
  });
}

const kindsList = z
  .array(KindInput, { error: "must be a list of kinds" })
  .min(1, "must have at least one kind")
  .max(50, "must have at most 50 kinds");
const verdictList = z
  .array(VerdictLabelInput, { error: "must be a list of { key, label }" })
  .min(1, "must have at least one verdict label")
  .max(12, "must have at most 12 verdict labels");

function refineSchema(input: { kinds?: KindData[]; verdictLabels?: { key: string }[] }, ctx: z.RefinementCtx) {
  if (input.kinds) {
    refineUnique(
      input.kinds,
      (k) => k.key,
      (i) => ["kinds", i, "key"],
      (v) => `"${v}" is used by another kind`,
      ctx,
    );
    refineUnique(
      input.kinds,
      (k) => k.label.toLowerCase(),
      (i) => ["kinds", i, "label"],
      (v) => `"${v}" is the label of another kind`,
      ctx,
    );
    refineUnique(
      input.kinds,
      (k) => k.shortcut,
      (i) => ["kinds", i, "shortcut"],
      (v) => `key ${v} already picks another kind`,
      ctx,
    );
    refineUnique(
      input.kinds,
      (k) => k.id,
      (i) => ["kinds", i, "id"],
      () => "names the same kind twice",
      ctx,
    );
  }
  if (input.verdictLabels)
    refineUnique(
      input.verdictLabels,
      (v) => v.key,
      (i) => ["verdictLabels", i, "key"],
      (v) => `"${v}" is used by another verdict label`,
      ctx,
    );
}

/** Body of `POST /api/projects`. Kinds and verdict labels default to today's six kinds and AVeriTeC's four labels. */
export const CreateProjectInput = z
  .object({
    name: requiredText(200),
    description: text(5000).default(""),
    licence: text(200).default(""),
    ...SettingsInput.shape,
    kinds: kindsList.optional(),
    verdictLabels: verdictList.optional(),
  })
  .superRefine((input, ctx) => {
    refineQuota(input, ctx);
    refineSchema(input, ctx);
  });
export type CreateProjectInput = z.input<typeof CreateProjectInput>;
export type CreateProjectData = z.output<typeof CreateProjectInput>;

/** Body of `PATCH /api/projects/{id}`: any of name, description, licence and settings, with the version last read. */
export const UpdateProjectInput = z
  .object({
    name: requiredText(200).optional(),
    description: text(5000).optional(),
    licence: text(200).optional(),
    archived: z.boolean({ error: "must be true or false" }).optional(),
    ...SettingsInput.shape,
    version: versionNumber(
      z.number({
        error: (iss) => (iss.input === undefined ? "is required: send the version you last read" : "must be a number"),
      }),
    ),
  })
  .superRefine(refineQuota);
export type UpdateProjectInput = z.input<typeof UpdateProjectInput>;
export type UpdateProjectData = z.output<typeof UpdateProjectInput>;

/** Body of `PUT /api/projects/{id}/schema`: the whole claim schema, with the project version last read. */
export const ProjectSchemaInput = z
  .object({
    kinds: kindsList,
    verdictLabels: verdictList,
    version: versionNumber(
      z.number({
        error: (iss) => (iss.input === undefined ? "is required: send the version you last read" : "must be a number"),
      }),
    ),
  })
  .superRefine(refineSchema);
export type ProjectSchemaInput = z.input<typeof ProjectSchemaInput>;
export type ProjectSchemaData = z.output<typeof ProjectSchemaInput>;

/** Body of `POST /api/projects/{id}/guidelines`: a new version. */
export const GuidelinesInput = z.object({
  markdown: storableText(z.string({ error: "must be a string" })).max(500_000, "must be at most 500,000 characters"),
  changeNote: text(500).default(""),
  /** The version the editor started from: a newer one saved meanwhile is a 409, not a silent overwrite. */
  baseVersion: wholeNumber(0, 2_147_483_647).optional(),
});
export type GuidelinesData = z.output<typeof GuidelinesInput>;

/** Query of `GET /api/projects/{id}/guidelines/compare`. */
export const CompareGuidelinesQuery = z.object({
  from: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more"),
  to: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more"),
});

/** Body of `POST /api/projects/{id}/members`: a user (by id or email) and their role. */
export const AddMemberInput = z
  .object({
    userId: z.string({ error: "must be a string" }).max(100).optional(),
    email: z.string({ error: "must be a string" }).trim().max(320).optional(),
    role: ProjectRole.default("annotator"),
    quota: wholeNumber(1, 10_000_000).nullable().default(null),
  })
  .refine((m) => (m.userId ? 1 : 0) + (m.email ? 1 : 0) === 1, {
    message: "give the user as userId or email (one of them)",
    path: ["userId"],
  });
export type AddMemberData = z.output<typeof AddMemberInput>;

/** Body of `PATCH /api/projects/{id}/members/{userId}`. */
export const UpdateMemberInput = z.object({
  role: ProjectRole.optional(),
  quota: wholeNumber(1, 10_000_000).nullable().optional(),
  version: versionNumber(
    z.number({
      error: (iss) => (iss.input === undefined ? "is required: send the version you last read" : "must be a number"),
    }),
  ),
});
export type UpdateMemberData = z.output<typeof UpdateMemberInput>;

/** Body of `POST /api/projects/{id}/articles`: library articles by id, or every article a search finds. */
export const AddArticlesInput = z
  .object({
    articleIds: z
      // Storable text: PostgreSQL refuses a NUL or a lone surrogate even in a lookup (a 500, not a 422).
      .array(
        storableText(z.string({ error: "must be a string" }))
          .min(1)
          .max(100),
        {
          error: "must be a list of article ids",
        },
      )
      .max(10_000, "must have at most 10,000 ids")
      .optional(),
    q: text(200).min(1, "must not be empty").optional(),
  })
  .refine((b) => (b.articleIds ? 1 : 0) + (b.q ? 1 : 0) === 1, {
    message: "give articleIds or q (one of them)",
    path: ["articleIds"],
  });
export type AddArticlesData = z.output<typeof AddArticlesInput>;

const pageShape = {
  page: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .default(1),
  pageSize: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(200, "must be at most 200")
    .default(50),
};

/** Query of the project's article list and assignment matrix: a page, optionally of one article state. */
export const ProjectArticlesQuery = z.object({
  ...pageShape,
  state: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(projectArticleStates, { error: `must be one of ${projectArticleStates.join(", ")}` }).optional(),
  ),
});

/** Fields of a project that leave the data layer. */
export const projectSelect = {
  id: true,
  name: true,
  description: true,
  licence: true,
  visibility: true,
  annotatorsPerArticle: true,
  blind: true,
  assignmentMode: true,
  queueOrder: true,
  quotaCount: true,
  quotaShare: true,
  abandonAfterMinutes: true,
  requireGuidelinesRead: true,
  verdictLabels: true,
  overlapThreshold: true,
  autoMerge: true,
  majorityThreshold: true,
  anonymousAdjudication: true,
  adjudicationIsReview: true,
  valueTolerance: true,
  escalationMeasure: true,
  escalationThreshold: true,
  escalationMaxAnnotators: true,
  archivedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const kindSelect = {
  id: true,
  key: true,
  label: true,
  colour: true,
  shortcut: true,
  definition: true,
  examples: true,
  attributes: true,
  position: true,
} as const;

/** A guidelines version in a path: "latest" (undefined) or a version number from 1; anything else is a 400. */
export function versionParam(raw: string | undefined): number | undefined {
  if (raw === "latest") return undefined;
  const number = Number(raw);
  if (!/^\d+$/.test(raw ?? "") || !Number.isInteger(number) || number < 1 || number > 2_147_483_647) {
    throw new AppError(
      "bad_request",
      `Invalid request: number: must be "latest" or a version number from 1, not "${raw}"`,
    );
  }
  return number;
}
