/**
 * Imports an HTML page: metadata from its markup, main content via Mozilla
 * Readability running over a linkedom document (no browser, no jsdom), then
 * the paragraph text through `cleanText` so HTML and plain-text imports share
 * one canonical form.
 *
 * Only text leaves this module. Nothing from the page is ever rendered from
 * here; HTML shown to users must go through `sanitizeArticleHtml`.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "@/lib/errors";
import type { RemovedBlock } from "../cleaning/clean-text";
import { normalizeMetaDate } from "../metadata/dates";
import { extractHtmlMetadata, type HtmlMetadata } from "./html-metadata";
import { accountForBlocks, dropStandIns, setChromeAside, standInMarker } from "./html-blocks";

/** Metadata plus canonical text of an imported HTML page. */
export interface HtmlExtraction extends HtmlMetadata {
  /** Canonical text (paragraphs joined by "\n\n"), as produced by `cleanText`. */
  text: string;
  /** Blocks left out (chrome, what Readability dropped, what `cleanText` removed), indexed among all the page's blocks. */
  removed: RemovedBlock[];
}

/**
 * Elements that never carry article prose, or carry code or controls; removed before extraction.
 * Page chrome with text (nav, aside, footer, dialogs) is set aside with a reason instead.
 */
const DROPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "picture",
  "source",
  "track",
  "map",
  "button",
  "input",
  "select",
  "option",
  "textarea",
  "label",
];
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';

/** Tags whose content starts a new paragraph. Everything else is inline. */
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "hgroup",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "figure",
  "figcaption",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "dl",
  "dt",
  "dd",
  "hr",
  "address",
  "details",
  "summary",
  "center",
  "form",
  "fieldset",
  "body",
]);

/** A <form> holding this much paragraph text is a page wrapper (ASP.NET WebForms), not a form. */
const FORM_WRAPPER_CHARS = 500;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Caps on a page's shape. Readability's work grows faster than the page (100 KB of nested
 * `<div>` took it 11 s), so pages past these are refused before it runs. Browsers stop nesting
 * at 512 levels; real articles stay far below both.
 */
const MAX_HTML_DEPTH = 512;
const MAX_HTML_ELEMENTS = 100_000;

/** Refuses a page nested deeper than `MAX_HTML_DEPTH` or with more than `MAX_HTML_ELEMENTS` elements (one pass, no recursion). */
function checkShape(document: Document): void {
  let elements = 0;
  let depth = 0;
  let el: Element | null = document.documentElement;
  while (el) {
    elements++;
    if (elements > MAX_HTML_ELEMENTS) {
      const message = `the page has more than ${MAX_HTML_ELEMENTS} elements, the most an import reads`;
      throw new AppError("validation_failed", `Invalid request: html: ${message}`, [{ path: "html", message }]);
    }
    if (depth > MAX_HTML_DEPTH) {
      const message = `the page nests elements more than ${MAX_HTML_DEPTH} levels deep, the most an import reads`;
      throw new AppError("validation_failed", `Invalid request: html: ${message}`, [{ path: "html", message }]);
    }
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el?.nextElementSibling ?? null;
  }
}

/**
 * Extracts metadata and canonical text from an HTML page.
 * @param html The page source (a full document or a fragment).
 * @param baseUrl The URL it was fetched from; resolves a relative canonical link.
 */
export function extractFromHtml(html: string, baseUrl?: string): HtmlExtraction {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  checkShape(document);
  const meta = extractHtmlMetadata(document, baseUrl);
  const forms = stripNonContent(document);
  const setAside = setChromeAside(document, forms, (el) => paragraphsOf(el));
  const page = document.body ? paragraphsOf(document.body, standInMarker) : [];
  dropStandIns(document);

  const article = readArticle(document);
  const kept = article?.content ? paragraphsOf(article.content) : null;
  const { text, removed } = accountForBlocks(page, setAside, kept);

  const result: HtmlExtraction = { ...meta, text, removed };
  result.title ??= trimmed(article?.title);
  result.author ??= trimmed(article?.byline?.replace(/^by:?\s+/i, ""));
  result.publisher ??= trimmed(article?.siteName);
  const published = trimmed(article?.publishedTime);
  if (!result.publishedAt && published) result.publishedAt = normalizeMetaDate(published);
  for (const key of Object.keys(result) as (keyof HtmlExtraction)[]) if (result[key] === undefined) delete result[key];
  return result;
}

function trimmed(v: string | null | undefined): string | undefined {
  const t = v?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
}

/** Readability with the content element itself as output, so it needs no second parse. */
function readArticle(document: Document): ReturnType<Readability<Element>["parse"]> {
  try {
    return new Readability<Element>(document, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_HTML_ELEMENTS,
    }).parse();
  } catch {
    // Readability throws on documents it cannot walk (no <body>, exotic markup); fall back to the whole body.
    return null;
  }
}

/**
 * Removes code, controls, hidden elements and event-handler/style attributes, and unwraps a form
 * that wraps the page; returns the other forms (sign-up boxes and the like), to be set aside.
 */
function stripNonContent(document: Document): Element[] {
  const forms: Element[] = [];
  for (const form of Array.from(document.querySelectorAll("form"))) {
    const prose = Array.from(form.querySelectorAll("p")).reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
    if (prose >= FORM_WRAPPER_CHARS) form.replaceWith(...Array.from(form.childNodes));
    else forms.push(form);
  }
  for (const el of Array.from(document.querySelectorAll(`${DROPPED.join(", ")}, ${HIDDEN}`))) el.remove();
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name) || name.toLowerCase() === "style") el.removeAttribute(name);
    }
  }
  return forms.filter((f) => f.isConnected);
}

/**
 * Flattens an element into paragraphs: each block element (p, heading, li,
 * blockquote, td…) and each <br>-separated line becomes one paragraph; inline
 * markup is reduced to its text.
 */
function paragraphsOf(root: Element, marker?: (el: Element) => string | null): string[] {
  const out: string[] = [];
  let buffer = "";
  const flush = (): void => {
    const t = buffer.replace(/\s+/g, " ").trim();
    if (t) out.push(t);
    buffer = "";
  };
  // Depth-first with an explicit stack (a recursive walk overflowed the stack on deep pages);
  // "flush" marks where a block element ends.
  const stack: (Node | "flush")[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const step = stack.pop() as Node | "flush";
    if (step === "flush") {
      flush();
      continue;
    }
    if (step.nodeType === TEXT_NODE) {
      buffer += step.textContent ?? "";
    } else if (step.nodeType === ELEMENT_NODE) {
      const el = step as Element;
      const tag = el.localName.toLowerCase();
      const pushChildren = () => {
        for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
      };
      const mark = marker?.(el);
      if (mark) {
        flush();
        out.push(mark);
      } else if (tag === "br") flush();
      else if (tag === "pre") {
        flush();
        for (const line of (el.textContent ?? "").split("\n")) {
          buffer = line;
          flush();
        }
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push("flush");
        pushChildren();
      } else pushChildren();
    }
  }
  flush();
  return out;
}
