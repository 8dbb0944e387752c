import type { ArticlePayload } from "./import-api";

/** The paste form's fields: formats, labels, where the server's issues are shown, and the body it sends. */

export type Format = "text" | "html" | "markdown";
export type FieldName = "title" | "content" | "url" | "publisher" | "author" | "publishedAt";

export const FORMATS: { value: Format; label: string }[] = [
  { value: "text", label: "Text" },
  { value: "html", label: "HTML" },
  { value: "markdown", label: "Markdown" },
];

export const LABELS: Record<FieldName, string> = {
  title: "Title",
  content: "Content",
  url: "Source URL",
  publisher: "Publisher",
  author: "Author",
  publishedAt: "Publication date",
};

/** Where each API issue path is shown; both body fields belong to the one textarea. */
export const FIELD_OF_PATH: Record<string, FieldName> = {
  title: "title",
  text: "content",
  html: "content",
  url: "url",
  publisher: "publisher",
  author: "author",
  publishedAt: "publishedAt",
};

export const CONTENT_HINTS: Record<Format, string> = {
  text: "Plain text; paragraphs separated by blank lines.",
  html: "A whole page or a fragment. The main content is extracted; scripts, styles, forms and site chrome are dropped.",
  markdown: "Markdown is read as text: its paragraphs are kept as they are.",
};

export function payloadOf(data: FormData, format: Format): ArticlePayload {
  const field = (name: string) => String(data.get(name) ?? "").trim();
  const content = String(data.get("content") ?? "");
  const payload: ArticlePayload = format === "html" ? { html: content } : { text: content };
  for (const name of ["title", "url", "publisher", "author", "publishedAt"] as const) {
    // Blank optional fields are left out: "" is not a valid URL or date, and would be refused.
    if (field(name)) payload[name] = field(name);
  }
  return payload;
}
