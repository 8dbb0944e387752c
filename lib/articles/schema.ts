import { z } from "zod";
import { isStorableDate, isWellFormed, storableText, INT4_MAX, STORABLE_DATE_MESSAGE } from "@/lib/http/wire-rules";
import { maxImportBytes } from "./import/limits";

const optionalText = (max: number) =>
  storableText(z.string())
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
  .refine(isStorableDate, { message: STORABLE_DATE_MESSAGE })
  .transform((v) => new Date(v));

/** Largest article text accepted (characters). */
const MAX_ARTICLE_CHARS = Number(process.env.MAX_ARTICLE_CHARS ?? 2_000_000);
export const MAX_TITLE_CHARS = 500;
export const MAX_NAME_CHARS = 200;

/** An http(s) URL, as accepted for `url`. */
export const ArticleUrl = storableText(z.url({ protocol: /^https?$/, message: "must be an http(s) URL" })).max(2000);

/** A document body: non-empty text without NUL characters (which only binary data has) or unpaired surrogates. */
const body = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => v.trim().length > 0, { message: "must not be empty" })
    .refine((v) => !v.includes("\u0000"), { message: "must be text, not binary data" })
    .refine((v) => isWellFormed(v), {
      message: "must not contain unpaired surrogates (U+D800–U+DFFF): send well-formed Unicode",
    });

/** An article's plain text (or Markdown) as received. */
export const ArticleTextBody = body(MAX_ARTICLE_CHARS);
/** A page's HTML as received. */
export const ArticleHtmlBody = body(maxImportBytes());

/**
 * One article to import: exactly one of `text` (plain text) or `html` (a page or fragment; its
 * main content is extracted). `title` is required with `text`; an HTML page supplies its own
 * (og:title, JSON-LD headline, <title>, or the first line of its text). Given metadata always
 * wins over what the document says.
 */
export const CreateArticleInput = z
  .object({
    title: storableText(z.string())
      .trim()
      .min(1, "is required")
      .max(MAX_TITLE_CHARS, `must be at most ${MAX_TITLE_CHARS} characters`)
      .optional(),
    text: ArticleTextBody.optional(),
    html: ArticleHtmlBody.optional(),
    url: ArticleUrl.optional(),
    publisher: optionalText(MAX_NAME_CHARS),
    author: optionalText(MAX_NAME_CHARS),
    publishedAt: IsoDate.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.text !== undefined && v.html !== undefined) {
      ctx.addIssue({ code: "custom", path: ["html"], message: "send either text or html, not both" });
    }
    if (v.text === undefined && v.html === undefined) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "is required (or send the page as html)" });
    }
    if (v.html === undefined && v.title === undefined) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "is required with text (only html may leave it out)" });
    }
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

/**
 * Query of the import routes: `?force=true` stores a copy even when the article is already there;
 * `?projectId=` also includes every article imported (or found already there) in that project, in
 * the same transaction (absent or blank: the Default project, as before projects existed).
 */
export const ImportQuery = z.object({
  force: z.enum(["true", "false", "1", "0"], { message: "must be true or false" }).optional(),
  projectId: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  ),
});
export const isForced = (query: z.output<typeof ImportQuery>): boolean => query.force === "true" || query.force === "1";

/** Why an import returned an existing article instead of storing a copy. */
export type DuplicateReason = "url" | "hash" | "near-duplicate";

/** One entry of `Article.removedBlocks`: a block cleaning left out, at its index among all blocks. */
export const RemovedBlockRecord = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  reason: z.string(),
});
export type RemovedBlockRecord = z.infer<typeof RemovedBlockRecord>;
export const RemovedBlockRecords = z.array(RemovedBlockRecord);

/** Body of `POST /api/articles/{id}/cleaning/restore`. */
export const RestoreBlockInput = z.object({
  index: z
    .number({ error: (iss) => (iss.input === undefined ? "is required" : "must be a number") })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(INT4_MAX, `must be at most ${INT4_MAX}`),
  version: z
    .number({ error: (iss) => (iss.input === undefined ? "is required" : "must be a number") })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(INT4_MAX, `must be at most ${INT4_MAX}`),
});
export type RestoreBlockInput = z.infer<typeof RestoreBlockInput>;

/** Article fields for lists (no text bodies). `nearDuplicateOfId` flags a near-identical earlier article. */
export const articleSummarySelect = {
  id: true,
  title: true,
  publisher: true,
  author: true,
  url: true,
  publishedAt: true,
  wordCount: true,
  contentHash: true,
  rawFormat: true,
  nearDuplicateOfId: true,
  importedAt: true,
  version: true,
} as const;
