import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * What the project pages' server actions share: the message when the caller may no longer act,
 * form-field parsers, and the domain schema's check with its problems on their fields.
 */

export const REFUSED = "Your session has ended or you no longer manage this project. Reload the page.";
export const id = z.string().min(1).max(100);
export const checkbox = z.string().transform((v) => v === "on" || v === "true");
export const optionalInt = z.string().transform((v, ctx) => {
  if (v.trim() === "") return null;
  const n = Number(v);
  if (!Number.isInteger(n)) {
    ctx.addIssue({ code: "custom", message: "must be a whole number" });
    return z.NEVER;
  }
  return n;
});
export const int = z.string().transform((v, ctx) => {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n)) {
    ctx.addIssue({ code: "custom", message: "must be a whole number" });
    return z.NEVER;
  }
  return n;
});

/** Throws the domain schema's problems as one AppError, so they land next to their fields. */
export function parseDomain<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  return parsed.data;
}
