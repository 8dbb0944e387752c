/**
 * Rules every text and whole number arriving over the wire must follow before it may reach the
 * database, shared by the zod schemas of every concern.
 */
import { z } from "zod";

/** Largest value of an `Int` column on PostgreSQL (a 32-bit `integer`). */
export const INT4_MAX = 2_147_483_647;

/**
 * Why `value` cannot be stored as text, or null. PostgreSQL refuses NUL in text columns (a 500
 * if it gets that far), and an unpaired UTF-16 surrogate is not Unicode at all: both database
 * drivers would silently store U+FFFD in its place, so what was read back would differ from
 * what was accepted.
 */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "must not contain NUL characters (U+0000)";
  if (!isWellFormed(value)) return "must not contain unpaired surrogates (U+D800–U+DFFF): send well-formed Unicode";
  return null;
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True unless the string holds a UTF-16 surrogate without its other half. */
export function isWellFormed(value: string): boolean {
  return !UNPAIRED_SURROGATE.test(value);
}

/** Adds the `textProblem` check to a string schema; keep it first, before trims and limits. */
export function storableText<T extends z.ZodType<string, string>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  }) as T;
}

/**
 * True when a date given as text (already known to parse) lies in the years 1–9999, which both
 * databases store: PostgreSQL has no year 0 (a 500 for "0000-01-01"), and a zone offset can push
 * "0001-01-01T00:00+01:00" back into it.
 */
export function isStorableDate(value: string): boolean {
  const year = new Date(value).getUTCFullYear();
  return Number.isNaN(year) || (year >= 1 && year <= 9999);
}

export const STORABLE_DATE_MESSAGE = "must fall between the years 0001 and 9999";

/** A version counter as sent by a client: a whole number from 1 that fits the column. */
export function versionNumber(schema: z.ZodNumber): z.ZodNumber {
  return schema
    .int("must be a whole number")
    .positive("must be 1 or more")
    .max(INT4_MAX, `must be at most ${INT4_MAX}`);
}
