import { z } from "zod";

/**
 * The JSON-LD export formats (`w3c`, `claimreview`) as zod schemas of the whole file, for their
 * JSON Schemas. A JSON-LD node may carry further terms (the vocabularies are open), so nodes admit
 * other keys; every key we write is described and checked.
 */
const Iso = z.iso.datetime({ offset: true });
const Text = z.string();
const node = z.looseObject;

const TextualBody = node({
  type: z.literal("TextualBody"),
  purpose: z.enum(["classifying", "describing", "assessing", "commenting"]),
  value: Text,
  format: z.enum(["text/plain", "application/json"]),
});
const LinkingBody = node({
  type: z.literal("SpecificResource"),
  purpose: z.literal("linking"),
  source: Text.describe("the cited URL, or the cited claim's annotation IRI"),
});

const Annotation = node({
  id: Text.regex(/^urn:claimbench:claim:/),
  type: z.literal("Annotation"),
  motivation: z.literal("assessing"),
  creator: node({ id: Text, type: z.enum(["Person", "Software"]), name: Text }).describe(
    "the annotator, a gold claim's adjudicator, or Claimbench for an automatic merge",
  ),
  generator: node({ id: Text, type: z.literal("Software"), name: Text }).optional(),
  via: z
    .array(Text.regex(/^urn:claimbench:claim:/))
    .optional()
    .describe("a gold claim's source annotations"),
  modified: Iso,
  body: z.array(z.union([TextualBody, LinkingBody])).min(2),
  target: node({
    source: Text.describe("the article's URL, or urn:claimbench:article:ID"),
    selector: z.tuple([
      node({ type: z.literal("TextQuoteSelector"), exact: Text, prefix: Text, suffix: Text }),
      node({
        type: z.literal("TextPositionSelector"),
        start: z.int().min(0).describe("code points"),
        end: z.int().min(0).describe("code points, exclusive"),
      }),
    ]),
  }),
});

const exportIri = Text.regex(/^urn:claimbench:export:[0-9a-f]{64}$/);

/** `format=w3c`: the whole file, an AnnotationCollection with its one page (none when empty). */
export const W3cSchema = node({
  "@context": z.tuple([
    z.literal("http://www.w3.org/ns/anno.jsonld"),
    z.object({ assessing: z.literal("http://www.w3.org/ns/oa#assessing") }).strict(),
  ]),
  type: z.literal("AnnotationCollection"),
  label: Text,
  first: node({
    type: z.literal("AnnotationPage"),
    startIndex: z.literal(0),
    items: z.array(Annotation).min(1),
    id: Text,
    partOf: node({ id: exportIri, label: Text, total: z.int().min(1) }),
  }).optional(),
  id: exportIri,
  total: z.int().min(0),
  last: Text.optional(),
  generated: Iso.optional(),
});

const Organization = node({ "@type": z.literal("Organization"), name: Text });
const CreativeWork = node({
  "@type": z.literal("CreativeWork"),
  url: Text.optional(),
  identifier: Text.optional().describe("urn:claimbench:article:ID when the article has no URL"),
  headline: Text,
  publisher: Organization.optional(),
  datePublished: Iso.optional(),
});

/** `format=claimreview`: the whole file, a JSON array of schema.org ClaimReviews. */
export const ClaimReviewSchema = z.array(
  node({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    identifier: Text,
    url: Text.regex(/^https?:\/\//).describe("the public fact-check page (CLAIMREVIEW_URL_TEMPLATE)"),
    claimReviewed: Text,
    datePublished: Iso.optional(),
    author: Organization,
    reviewRating: node({
      "@type": z.literal("Rating"),
      ratingValue: z.int().min(1).max(3).optional(),
      bestRating: z.literal(3).optional(),
      worstRating: z.literal(1).optional(),
      name: Text,
      alternateName: Text,
      ratingExplanation: Text.optional(),
    }),
    itemReviewed: node({
      "@type": z.literal("Claim"),
      appearance: CreativeWork,
      firstAppearance: CreativeWork,
      author: node({ "@type": z.enum(["Person", "Organization"]).optional(), name: Text }).optional(),
      datePublished: Iso.optional(),
    }),
  }),
);
