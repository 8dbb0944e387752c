/**
 * The one gate for HTML that came from an imported document and is about to
 * be shown to a user. Strict allowlist: text structure and links only.
 */
import sanitizeHtml from "sanitize-html";

/** Tags that survive sanitising; everything else is unwrapped to its text or dropped. */
export const ALLOWED_TAGS: readonly string[] = [
  "p",
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
  "em",
  "strong",
  "a",
  "br",
];

/** URL schemes a link may use. Relative URLs are refused too: they would point into Claimbench itself. */
export const ALLOWED_SCHEMES: readonly string[] = ["http", "https", "mailto"];

/**
 * Elements whose *content* is dropped along with the tag, not unwrapped:
 * code, embedded documents, vector/math markup (which can smuggle script and
 * styles), form controls and document metadata.
 */
const DROP_WITH_CONTENT = [
  "script",
  "style",
  "noscript",
  "template",
  "textarea",
  "option",
  "select",
  "button",
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
  "title",
  "head",
  "xmp",
  "plaintext",
  "noembed",
  "noframes",
];

function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"); so must we.
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");
  try {
    const url = new URL(compact);
    return ALLOWED_SCHEMES.includes(url.protocol.slice(0, -1).toLowerCase()) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: [...ALLOWED_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: "discard",
  nonTextTags: DROP_WITH_CONTENT,
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    b: "strong",
    i: "em",
    // Second line of defence after allowedSchemes: only absolute http(s)/mailto URLs are kept.
    a: (tagName, attribs) => {
      const href = safeHref(attribs.href);
      const kept: sanitizeHtml.Attributes = href ? { href } : {};
      return { tagName, attribs: kept };
    },
  },
};

/**
 * Sanitises HTML from an imported document for display.
 * Keeps p, h1–h6, ul, ol, li, blockquote, em, strong, br and a[href]
 * (absolute http/https/mailto only); removes every other tag (unwrapping its
 * text, or dropping it with its content for script-like elements), every
 * other attribute (on*, style, class, target…) and comments.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
