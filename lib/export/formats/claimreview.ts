import type { ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";
import { arrayElement, ARRAY_END, jsonLd } from "./json-array";

const verdictWords: Record<string, string> = {
  supported: "Supported",
  refuted: "Refuted",
  conflicting: "Conflicting evidence",
  not_enough_evidence: "Not enough evidence",
};

/** A verdict as words for `reviewRating.alternateName`. */
export const verdictInWords = (verdict: string | null) => (verdict ? (verdictWords[verdict] ?? verdict) : "Unrated");

// We store only a name for attributedTo; this is a heuristic, documented as such.
const ORGANISATION =
  /\b(ministry|agency|group|observatory|office|department|police|army|forces|government|council|committee|organi[sz]ation|association|institute|union|commission|agencies|activists|officials|un|who|unicef|unhcr|reuters|afp|ap|news|press|times|bank|company|corp|inc|ltd)\b/i;
export const authorType = (name: string) => (ORGANISATION.test(name) ? "Organization" : "Person");

interface ClaimReviewOptions {
  /** `author.name` of every review (env CLAIMREVIEW_ORG, default "Claimbench"). */
  organisation: string;
  /** Base of the review URL (`{base}/claims/{id}`); a URN when not configured. */
  baseUrl?: string;
}

/** One claim as a schema.org ClaimReview. */
function toClaimReview(r: ExportRecord, options: ClaimReviewOptions) {
  const appearance = {
    "@type": "CreativeWork",
    ...(r.article.url ? { url: r.article.url } : { identifier: `urn:claimbench:article:${r.article.id}` }),
    headline: r.article.title,
    ...(r.article.publisher ? { publisher: { "@type": "Organization", name: r.article.publisher } } : {}),
    ...(r.article.publishedAt ? { datePublished: r.article.publishedAt } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    identifier: r.id,
    url: options.baseUrl ? `${options.baseUrl.replace(/\/$/, "")}/claims/${r.id}` : `urn:claimbench:claim:${r.id}`,
    claimReviewed: r.span.exact,
    ...(r.approvedAt ? { datePublished: r.approvedAt } : {}),
    author: { "@type": "Organization", name: options.organisation },
    reviewRating: {
      "@type": "Rating",
      alternateName: verdictInWords(r.verdict),
      ...(r.justification ? { ratingExplanation: r.justification } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      appearance,
      ...(r.attributedTo ? { author: { "@type": authorType(r.attributedTo), name: r.attributedTo } } : {}),
      ...(r.article.publishedAt ? { datePublished: r.article.publishedAt } : {}),
    },
  };
}

/** Options from the environment, read once per export so a run is self-consistent. */
function claimReviewOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ClaimReviewOptions {
  return {
    organisation: env.CLAIMREVIEW_ORG?.trim() || "Claimbench",
    baseUrl: env.CLAIMREVIEW_BASE_URL?.trim() || undefined,
  };
}

/** A JSON array of ClaimReview objects, one per line, each with its own `@context`. */
export function claimReviewFormat(options: ClaimReviewOptions = claimReviewOptionsFromEnv()): ExportFormatWriter {
  let count = 0;
  return {
    contentType: "application/ld+json; charset=utf-8",
    extension: ".claimreview.json",
    begin: () => "[",
    record: (record) => arrayElement(jsonLd(toClaimReview(record, options)), count++),
    end: () => ARRAY_END,
  };
}
