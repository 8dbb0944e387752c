/**
 * Settles an imported article's metadata: what the caller gave wins, then what the document
 * states, and the title falls back to the first line of the text. Values read from a document
 * are checked like caller input and dropped (not stored) when they do not fit.
 */
import { AppError } from "@/lib/errors";
import type { DocumentMetadata } from "../cleaning/clean-source";
import { ArticleUrl, MAX_NAME_CHARS, MAX_TITLE_CHARS } from "../schema";

/** Metadata given by the caller, already validated by `CreateArticleInput`. */
export interface GivenMetadata {
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  publishedAt?: Date;
}

export interface ResolvedMetadata {
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
}

/** Longest title taken from the first line of the text; longer lines are cut at a word. */
const FIRST_LINE_TITLE_CHARS = 200;

/** Query parameters that only track a visit; the same article has them or not. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src)$/i;

/**
 * The form of a URL used for storage and duplicate checks: no fragment, no tracking
 * parameters, host lowercased (by `URL`). Anything else is kept as the publisher wrote it.
 */
export function normalizeArticleUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  return parsed.href;
}

/** Cuts text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function documentDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function documentUrl(value: string | undefined): string | null {
  if (!value) return null;
  const parsed = ArticleUrl.safeParse(value);
  return parsed.success ? normalizeArticleUrl(parsed.data) : null;
}

/**
 * Combines given and found metadata.
 * @param field The request field the text came from, named in a 422 when there is no title.
 * @throws AppError validation_failed when no title can be found anywhere.
 */
export function resolveMetadata(
  given: GivenMetadata,
  found: DocumentMetadata,
  text: string,
  field: string,
): ResolvedMetadata {
  const firstLine = text.split("\n").find((l) => l.trim() !== "");
  const title =
    given.title ??
    (found.title ? clip(found.title, MAX_TITLE_CHARS) : undefined) ??
    (firstLine ? clip(firstLine, FIRST_LINE_TITLE_CHARS) : undefined);
  if (!title) {
    throw new AppError(
      "validation_failed",
      "Invalid request: title: is required, and the document has no title or text to take one from",
      [{ path: "title", message: `is required: the ${field} has no title and no text to take one from` }],
    );
  }
  return {
    title,
    url: given.url ? normalizeArticleUrl(given.url) : documentUrl(found.url),
    publisher: given.publisher ?? (found.publisher ? clip(found.publisher, MAX_NAME_CHARS) : null),
    author: given.author ?? (found.author ? clip(found.author, MAX_NAME_CHARS) : null),
    publishedAt: given.publishedAt ?? documentDate(found.publishedAt),
  };
}
