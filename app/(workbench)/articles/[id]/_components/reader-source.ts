/**
 * Where the reader gets the article it shows: from the server's handoff while rendering on the
 * server, from the DOM the server drew while hydrating, from its props after a client-side
 * navigation (no HTML then), or from the API when none has it (a DOM changed since the server
 * drew it).
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

/**
 * What the reader receives as props: the claims' spans as `encodeSpans` wrote them (one string
 * parses far faster than thousands of objects), and either where its server render finds the
 * {@link DrawnArticle} with how the browser reads the text back (a page load), or the text
 * itself (a client-side navigation, which has no HTML to read it from).
 */
export type DrawnProps = { spans: string } & ({ key: string; layout: DrawnLayout } | { text: string });

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
  if ("text" in drawn) return { text: drawn.text, spans: decodeSpans(drawn.spans), html: null };
  if (typeof document === "undefined") {
    const handed = takeHandoff<DrawnArticle>(drawn.key);
    return handed ? { text: handed.text, spans: decodeSpans(drawn.spans), html: handed.html } : null;
  }
  const root = document.getElementById(docId);
  if (!root?.firstChild) return null;
  const text = readDrawnText(root, drawn.layout);
  return text === null ? null : { text, spans: decodeSpans(drawn.spans), html: "", fromDom: true };
}

/** False when the text was read from the DOM and is not the text the server drew. */
export function confirmDrawnText(source: ReaderSource, drawn: DrawnProps): boolean {
  return !source.fromDom || !("layout" in drawn) || textDigest(source.text) === drawn.layout.digest;
}

/** The article and its claims from the API. */
export async function fetchSource(articleId: string, projectId: string | null): Promise<ReaderSource> {
  performance.mark("reader:fetch-article");
  const [article, { items }] = await Promise.all([
    callApi<{ text: string }>(`/api/articles/${encodeURIComponent(articleId)}`),
    claimsApi.list(articleId, projectId),
  ]);
  return { text: article.text, spans: items.map(toSpan), html: null, claims: items };
}
