/**
 * The one cleaning step every import goes through, whatever the source format: the document
 * becomes canonical paragraphs (`cleanText`), a list of what was left out, and the metadata the
 * document itself states. Pure and deterministic, so re-running it over a stored raw original
 * gives the same text.
 */
import { cleanText, type RemovedBlock } from "./clean-text";
import { extractFromHtml } from "../formats/html";
import { markdownToText } from "../formats/markdown";
import { extractTextMetadata } from "../metadata/text-metadata";
import { withoutSiteSuffix } from "../metadata/site-suffix";

/** How a document's content is read. */
export type SourceFormat = "text" | "markdown" | "html";

/** Metadata a document states about itself; every field optional, dates as written (ISO-ish). */
export interface DocumentMetadata {
  title?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
}

export interface CleanedSource {
  /** Canonical paragraphs joined by "\n\n" (may be empty when nothing readable was found). */
  text: string;
  /** Blocks left out, indexed among all blocks (kept and removed) in document order. */
  removed: RemovedBlock[];
  meta: DocumentMetadata;
}

/**
 * Cleans a document.
 * @param baseUrl Where the page came from; resolves a relative canonical link in HTML.
 */
export function cleanSource({
  format,
  content,
  baseUrl,
}: {
  format: SourceFormat;
  content: string;
  baseUrl?: string;
}): CleanedSource {
  if (format === "html") {
    const { text, removed, canonicalUrl, ...meta } = extractFromHtml(content, baseUrl);
    return { text, removed, meta: defined({ ...meta, url: canonicalUrl }) };
  }
  if (format === "markdown") {
    const converted = markdownToText(content);
    const { text, removed } = cleanText(converted.text);
    // What the front matter declares beats what heuristics read from the text.
    return {
      text,
      removed,
      meta: defined({ ...extractTextMetadata(converted.text, text), ...defined({ ...converted.meta }) }),
    };
  }
  const { text, removed } = cleanText(content);
  return { text, removed, meta: defined({ ...extractTextMetadata(content, text) }) };
}

/** The fields that have a value, trimmed; a title loses a site-name suffix (" | The Daily Ledger"). */
function defined(meta: DocumentMetadata): DocumentMetadata {
  const out: DocumentMetadata = {};
  for (const key of ["title", "author", "publisher", "publishedAt", "url"] as const) {
    const value = meta[key]?.trim();
    if (value) out[key] = value;
  }
  if (out.title) out.title = withoutSiteSuffix(out.title, [out.publisher]);
  return out;
}
