import { z } from "zod";

/** An empty query parameter (`?action=`) means "no filter", not an invalid value. */
const blankAsMissing = (v: unknown) => (v === "" ? undefined : v);
const text = (max: number) =>
  z.preprocess(blankAsMissing, z.string().trim().max(max, `must be at most ${max} characters`).optional());

/**
 * `YYYY-MM-DD` (a whole UTC day) or a full ISO timestamp. `from` is inclusive; a bare date as
 * `to` means "up to the end of that day", which is what someone typing a date range expects.
 */
const day = (edge: "start" | "end") =>
  z.preprocess(
    blankAsMissing,
    z
      .string()
      .trim()
      .refine(
        (v) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(v) && !Number.isNaN(Date.parse(v)),
        "must be a date (YYYY-MM-DD) or an ISO timestamp",
      )
      .transform((v) => (v.length === 10 && edge === "end" ? new Date(Date.parse(v) + 86_400_000 - 1) : new Date(v)))
      .optional(),
  );

/** Query of `GET /api/audit` (the admin log): filters, newest first, paged. */
export const ListAuditQuery = z
  .object({
    actorId: text(100),
    action: text(100),
    entityType: text(50),
    entityId: text(100),
    from: day("start"),
    to: day("end"),
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
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  });
export type ListAuditQuery = z.input<typeof ListAuditQuery>;
/** The parsed query: dates as Date, paging defaults filled in. */
export type ListAuditFilters = z.output<typeof ListAuditQuery>;
