/**
 * Where the reader gets the article it shows: from the server's handoff while rendering on the
 * server, from the DOM the server drew while hydrating, or from the API when neither has it (a
 * client-side navigation, or a DOM changed since the server drew it).
 */
import { callApi } from "@/app/_components/api-client";
import { decodeSpans, type ClaimSpan } from "@/lib/editor/claim-spans";
import { readDrawnText, textDigest, type DrawnLayout } from "@/lib/editor/drawn-document";
import { takeHandoff } from "@/lib/editor/server-render-handoff";
import type { Claim } from "./claim-types";
import { claimsApi } from "./claims-api";
import { toSpan } from "./claim-store";

/** What the page hands to the reader's server render: the drawn paragraphs and their text. */
export interface DrawnArticle {
  html: string;
  text: string;
}

/** What the reader receives as props about the article the server drew. */
export interface DrawnProps {
  /** Where the reader's server render finds the {@link DrawnArticle}; null when there is no server render (a client-side navigation). */
  key: string | null;
  layout: DrawnLayout;
  /** The claims' spans as `encodeSpans` wrote them: one string parses far faster than thousands of objects. */
  spans: string;
  /** The text itself, sent only when there is no drawn HTML to read it from (a client-side navigation). */
  text?: string;
}

export interface ReaderSource {
  text: string;
  spans: ClaimSpan[];
  /** The paragraphs' HTML to render; "" keeps what the server drew (hydration); null: draw them here. */
  html: string | null;
  /** The claims' fields, when they came along (else the reader fetches them once interactive). */
  claims?: Claim[];
  /** Read from the DOM: confirm with {@link confirmDrawnText} once there is time. */
  fromDom?: boolean;
}

/** The article as it can be had synchronously, for the first render; null if it must be fetched. */
export function initialSource(docId: string, drawn: DrawnProps): ReaderSource | null {
  if (drawn.text !== undefined) return { text: drawn.text, spans: decodeSpans(drawn.spans), html: null };
  if (typeof document === "undefined") {
    const handed = drawn.key === null ? undefined : takeHandoff<DrawnArticle>(drawn.key);
    return handed ? { text: handed.text, spans: decodeSpans(drawn.spans), html: handed.html } : null;
  }
  const root = document.getElementById(docId);
  if (!root?.firstChild) return null;
  const text = readDrawnText(root, drawn.layout);
  return text === null ? null : { text, spans: decodeSpans(drawn.spans), html: "", fromDom: true };
}

/** True if a text read from the DOM is the text the server drew. */
export function confirmDrawnText(source: ReaderSource, layout: DrawnLayout): boolean {
  return !source.fromDom || textDigest(source.text) === layout.digest;
}

/** The article and its claims from the API. */
export async function fetchSource(articleId: string): Promise<ReaderSource> {
  performance.mark("reader:fetch-article");
  const [article, { items }] = await Promise.all([
    callApi<{ text: string }>(`/api/articles/${encodeURIComponent(articleId)}`),
    claimsApi.list(articleId),
  ]);
  return { text: article.text, spans: items.map(toSpan), html: null, claims: items };
}
