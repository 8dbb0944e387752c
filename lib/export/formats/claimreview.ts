import type { ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";
import { arrayElement, ARRAY_END, jsonLd } from "./json-array";
import { AppError } from "@/lib/errors";

const verdictWords: Record<string, string> = {
  supported: "Supported",
  refuted: "Refuted",
  conflicting: "Conflicting evidence",
  not_enough_evidence: "Not enough evidence",
};

/** A verdict as words for `reviewRating.alternateName` and `name`. */
const verdictInWords = (verdict: string) => verdictWords[verdict] ?? verdict;

/**
 * The numeric rating of a verdict on a 1 (worst) to 3 (best) scale: refuted 1, conflicting 2,
 * supported 3. "Not enough evidence" is no point on that scale: it has the words only.
 */
const ratingValues: Record<string, number> = { refuted: 1, conflicting: 2, supported: 3 };
const BEST_RATING = 3;
const WORST_RATING = 1;

const schemaOrgAuthor: Record<string, string> = { person: "Person", organisation: "Organization" };

interface ClaimReviewOptions {
  /** `author.name` of every review (env CLAIMREVIEW_ORG, default "Claimbench"). */
  organisation: string;
  /** The public fact-check page of a claim: `{id}` and the claim's fields filled in (env CLAIMREVIEW_URL_TEMPLATE). */
  urlTemplate: string;
}

type TemplateField = "id" | "articleId" | "kind" | "clusterId";

/** The template with a claim's fields filled in, each URI-encoded. */
function reviewUrl(template: string, r: ExportRecord): string {
  const values: Record<TemplateField, string> = {
    id: r.id,
    articleId: r.article.id,
    kind: r.kind,
    clusterId: r.cluster?.id ?? "",
  };
  return template.replace(/\{(id|articleId|kind|clusterId)\}/g, (_, key: TemplateField) =>
    encodeURIComponent(values[key]),
  );
}

/** One claim with a verdict as a schema.org ClaimReview. */
function toClaimReview(r: ExportRecord & { verdict: string }, options: ClaimReviewOptions) {
  const appearance = {
    "@type": "CreativeWork",
    ...(r.article.url ? { url: r.article.url } : { identifier: `urn:claimbench:article:${r.article.id}` }),
    headline: r.article.title,
    ...(r.article.publisher ? { publisher: { "@type": "Organization", name: r.article.publisher } } : {}),
    ...(r.article.publishedAt ? { datePublished: r.article.publishedAt } : {}),
  };
  const words = verdictInWords(r.verdict);
  const ratingValue = ratingValues[r.verdict];
  const authorType = r.authorType ? schemaOrgAuthor[r.authorType] : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    identifier: r.id,
    url: reviewUrl(options.urlTemplate, r),
    claimReviewed: r.statement ?? r.span.exact,
    ...(r.approvedAt ? { datePublished: r.approvedAt } : {}),
    author: { "@type": "Organization", name: options.organisation },
    reviewRating: {
      "@type": "Rating",
      ...(ratingValue !== undefined ? { ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING } : {}),
      name: words,
      alternateName: words,
      ...(r.justification ? { ratingExplanation: r.justification } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      appearance,
      firstAppearance: appearance,
      ...(r.attributedTo ? { author: { ...(authorType ? { "@type": authorType } : {}), name: r.attributedTo } } : {}),
      ...(r.article.publishedAt ? { datePublished: r.article.publishedAt } : {}),
    },
  };
}

/**
 * Options from the environment, read once per export so a run is self-consistent. Without
 * CLAIMREVIEW_URL_TEMPLATE there is no public page to point at (ClaimReview's `url` must be the
 * http(s) address of the fact-check), so the export is refused rather than written with
 * addresses no one can open.
 */
export function claimReviewOptionsFromEnv(env: Record<string, string | undefined> = process.env): ClaimReviewOptions {
  const urlTemplate = env.CLAIMREVIEW_URL_TEMPLATE?.trim();
  if (!urlTemplate)
    throw new AppError(
      "conflict",
      "ClaimReview export needs CLAIMREVIEW_URL_TEMPLATE: the public http(s) address of each claim's fact-check page, with {id} (and optionally {articleId}, {kind}, {clusterId}), e.g. https://factcheck.example.org/claims/{id}",
    );
  if (!/^https?:\/\/[^/\s]+/i.test(urlTemplate) || !urlTemplate.includes("{id}"))
    throw new AppError(
      "conflict",
      "CLAIMREVIEW_URL_TEMPLATE must be an http(s) address that contains {id}, e.g. https://factcheck.example.org/claims/{id}",
    );
  return { organisation: env.CLAIMREVIEW_ORG?.trim() || "Claimbench", urlTemplate };
}

/**
 * A JSON array of ClaimReview objects, one per line, each with its own `@context`: only claims
 * with a verdict (a claim not yet rated is not a fact-check), and with `goldOnly` (a project with
 * a gold layer) only gold claims: an annotator's own layer is not the project's fact-check.
 */
export function claimReviewFormat(
  options: ClaimReviewOptions = claimReviewOptionsFromEnv(),
  { goldOnly = false }: { goldOnly?: boolean } = {},
): ExportFormatWriter {
  let count = 0;
  return {
    contentType: "application/ld+json; charset=utf-8",
    extension: ".claimreview.json",
    begin: () => "[",
    record: (record) =>
      record.verdict === null || (goldOnly && record.layer !== "gold")
        ? ""
        : arrayElement(jsonLd(toClaimReview({ ...record, verdict: record.verdict }, options)), count++),
    end: () => ARRAY_END,
  };
}

/**
 * A claim's public fact-check page from CLAIMREVIEW_URL_TEMPLATE, or null for every claim when
 * the setting is missing or unusable (formats that only mention the page, such as AVeriTeC's
 * `fact_checking_article`, write null instead of refusing).
 */
export function factCheckUrlFromEnv(env: Record<string, string | undefined> = process.env) {
  let template: string;
  try {
    template = claimReviewOptionsFromEnv(env).urlTemplate;
  } catch {
    return () => null;
  }
  return (r: ExportRecord): string | null => reviewUrl(template, r);
}
