import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A date (YYYY-MM-DD) or a full ISO 8601 timestamp. */
const IsoDate = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "must be an ISO 8601 date such as 2012-12-06 or 2012-12-06T10:32:00Z",
  })
  .transform((v) => new Date(v));

/** Largest article text accepted (characters). */
export const MAX_ARTICLE_CHARS = Number(process.env.MAX_ARTICLE_CHARS ?? 2_000_000);

export const CreateArticleInput = z.object({
  title: z.string().trim().min(1, "is required").max(500, "must be at most 500 characters"),
  text: z
    .string()
    .max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS} characters`)
    .refine((v) => v.trim().length > 0, { message: "must not be empty" })
    .refine((v) => !v.includes("\u0000"), { message: "must be text, not binary data" }),
  url: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
    .max(2000)
    .optional(),
  publisher: optionalText(200),
  author: optionalText(200),
  publishedAt: IsoDate.optional(),
});
export type CreateArticleInput = z.input<typeof CreateArticleInput>;
/** A validated article (dates parsed). */
export type CreateArticleData = z.output<typeof CreateArticleInput>;

export const ListArticlesQuery = z.object({
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
  page: z.coerce.number({ message: "must be a number" }).int().min(1, "must be 1 or more").default(1),
  pageSize: z.coerce.number({ message: "must be a number" }).int().min(1).max(100, "must be at most 100").default(25),
});
export type ListArticlesQuery = z.input<typeof ListArticlesQuery>;

/** Article fields for lists (no text bodies). */
export const articleSummarySelect = {
  id: true,
  title: true,
  publisher: true,
  author: true,
  url: true,
  publishedAt: true,
  wordCount: true,
  contentHash: true,
  importedAt: true,
  version: true,
} as const;
