/**
 * Article metadata from an HTML document's machine-readable markup:
 * <meta> tags (Open Graph, article:*, author, Highwire/Google Scholar
 * citation_*), JSON-LD (schema.org NewsArticle and kin) and
 * <link rel="canonical">. Read before any content extraction, because
 * Readability mutates the document and drops <head> scripts.
 */
import { normalizeMetaDate } from "../metadata/dates";

/** Metadata declared by the page's markup. */
export interface HtmlMetadata {
  title?: string;
  author?: string;
  /** ISO 8601: as declared when it is a zoned timestamp, otherwise `YYYY-MM-DD`. */
  publishedAt?: string;
  publisher?: string;
  /** Absolute http(s) URL. */
  canonicalUrl?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = [
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "Article",
  "BlogPosting",
  "ScholarlyArticle",
  "Report",
];

const clean = (v: string | null | undefined): string | undefined => {
  const t = v?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
};

function metaValues(doc: Document, ...names: string[]): string[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const name = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    const content = clean(el.getAttribute("content"));
    if (content && wanted.has(name)) out.push(content);
  }
  return out;
}

const firstMeta = (doc: Document, ...names: string[]): string | undefined => metaValues(doc, ...names)[0];

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** All objects in the page's JSON-LD, flattening arrays and @graph containers. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      visit(v["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // Broken JSON-LD is common on real sites; the page's other metadata still counts.
    }
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** The JSON-LD article object, preferring NewsArticle over generic Article types. */
function jsonLdArticle(doc: Document): JsonObject | undefined {
  const objects = jsonLdObjects(doc);
  for (const type of ARTICLE_TYPES) {
    const hit = objects.find((o) => types(o).includes(type));
    if (hit) return hit;
  }
  return undefined;
}

/** Names from a schema.org Person/Organization value, a string, or an array of them. */
function names(v: Json | undefined): string[] {
  if (typeof v === "string") return clean(v) ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return names(v.name);
  return [];
}

const str = (v: Json | undefined): string | undefined => (typeof v === "string" ? clean(v) : undefined);

/** A URL is an author *page*, not an author name (article:author often holds one). */
const notUrl = (v: string): boolean => !/^(?:https?:)?\/\//i.test(v);

function absoluteHttpUrl(href: string | undefined, baseUrl?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const joinNames = (list: readonly string[]): string | undefined => {
  const unique = [...new Set(list.map((n) => n.trim()).filter((n) => n && notUrl(n)))];
  return unique.length ? unique.join(", ") : undefined;
};

/**
 * Reads metadata from a parsed HTML document.
 * @param baseUrl Where the page was fetched from; resolves a relative canonical link.
 */
export function extractHtmlMetadata(doc: Document, baseUrl?: string): HtmlMetadata {
  const ld = jsonLdArticle(doc);
  const publisher = ld && isObject(ld.publisher) ? str(ld.publisher.name) : str(ld?.publisher);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? undefined;
  const date =
    firstMeta(doc, "article:published_time") ??
    str(ld?.datePublished) ??
    firstMeta(
      doc,
      "citation_publication_date",
      "citation_date",
      "citation_online_date",
      "datePublished",
      "date",
      "dc.date",
      "dcterms.created",
      "pubdate",
    ) ??
    clean(doc.querySelector("time[datetime]")?.getAttribute("datetime"));

  const meta: HtmlMetadata = {
    title:
      str(ld?.headline) ??
      firstMeta(doc, "og:title", "citation_title", "twitter:title", "dc.title") ??
      clean(doc.querySelector("title")?.textContent),
    author:
      joinNames(names(ld?.author)) ??
      joinNames(metaValues(doc, "citation_author")) ??
      joinNames(metaValues(doc, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author")),
    publishedAt: date ? normalizeMetaDate(date) : undefined,
    publisher:
      publisher ??
      firstMeta(
        doc,
        "og:site_name",
        "citation_publisher",
        "citation_journal_title",
        "application-name",
        "dc.publisher",
      ),
    canonicalUrl: absoluteHttpUrl(canonical, baseUrl) ?? absoluteHttpUrl(firstMeta(doc, "og:url"), baseUrl),
  };
  for (const key of Object.keys(meta) as (keyof HtmlMetadata)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}
