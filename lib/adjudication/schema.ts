/**
 * Wire schemas of adjudication: what an adjudicator sends to decide a unit, add a claim nobody
 * made, undo a decision, or close the article. Every change names the adjudication `version` it
 * was made on (409 with the current state when another adjudicator changed it meanwhile).
 */
import { z } from "zod";
import { storableText } from "@/lib/http/wire-rules";
import { CLAIM_TEXT_LIMITS, SpanInput } from "@/lib/claims/schema";
import { Qualifier } from "@/lib/claims/vocabulary";
import { REASON_CODES } from "./feedback";

const ReasonCode = z.enum(REASON_CODES, { error: `must be one of ${REASON_CODES.join(", ")}` });

const version = z
  .number({ error: (iss) => (iss.input === undefined ? "is required" : "must be a number") })
  .int("must be a whole number")
  .min(1, "must be at least 1");

const id = storableText(z.string({ error: "must be a string" }))
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

const unitClaimIds = z
  .array(id, { error: "must be an array of claim ids" })
  .min(1, "must name the unit's claims")
  .max(20, "must name at most 20 claims")
  .refine((ids) => new Set(ids).size === ids.length, "must not name a claim twice");

const optionalText = (max: number) =>
  storableText(z.string({ error: "must be a string or null" }))
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish();

const comment = optionalText(5000);

const figure = z.number({ error: "must be a finite number" });

/** The attributes of a gold claim an edit or an added claim sets (absent: taken from the base). */
const GoldAttributes = z
  .object({
    kind: z
      .string({ error: "must be a string" })
      .trim()
      .min(1, "must not be empty")
      .max(40, "must be at most 40 characters"),
    value: figure.nullish(),
    qualifier: Qualifier.nullish(),
    valueMax: figure.nullish(),
    unit: optionalText(CLAIM_TEXT_LIMITS.unit),
    timeRef: optionalText(CLAIM_TEXT_LIMITS.timeRef),
    attributedTo: optionalText(CLAIM_TEXT_LIMITS.attributedTo),
    verdict: z.string({ error: "must be a string or null" }).trim().min(1).max(60).nullish(),
    justification: optionalText(CLAIM_TEXT_LIMITS.justification),
    note: optionalText(CLAIM_TEXT_LIMITS.note),
  })
  .partial()
  .strict();

/** Stances chosen for evidence targets whose links disagree, by target ("url:…" or "unit:…"). */
const stances = z.record(
  z.string().max(2100),
  z.enum(["supports", "refutes", "mixed", "context"], {
    error: "must be one of supports, refutes, mixed, context",
  }),
);

export const DecisionInput = z.discriminatedUnion(
  "action",
  [
    z
      .object({
        action: z.literal("take"),
        version,
        unitClaimIds,
        /** The annotator's claim whose version becomes gold. */
        claimId: id,
        stances: stances.optional(),
        reasonCode: ReasonCode.nullish(),
        comment,
      })
      .strict(),
    z
      .object({
        action: z.literal("edit"),
        version,
        unitClaimIds,
        /** The version edited (its span and attributes fill what the edit leaves out). */
        claimId: id.nullish(),
        span: SpanInput.optional(),
        attributes: GoldAttributes.default({}),
        stances: stances.optional(),
        reasonCode: ReasonCode.nullish(),
        comment,
      })
      .strict(),
    z.object({ action: z.literal("reject"), version, unitClaimIds, reasonCode: ReasonCode, comment }).strict(),
    z
      .object({
        action: z.literal("add"),
        version,
        span: SpanInput,
        attributes: GoldAttributes.refine((a) => a.kind !== undefined, { message: "kind is required", path: ["kind"] }),
        reasonCode: ReasonCode.nullish(),
        comment,
      })
      .strict(),
    z.object({ action: z.literal("undo"), version, decisionId: id }).strict(),
  ],
  { error: 'action must be one of "take", "edit", "reject", "add", "undo"' },
);
export type DecisionInput = z.output<typeof DecisionInput>;

export const CloseInput = z.object({ version }).strict();
export type CloseInput = z.output<typeof CloseInput>;
