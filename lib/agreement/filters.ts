/**
 * Which work an agreement report covers, and how it is measured: the typed input of
 * `GET /api/projects/{id}/agreement?…` and of the report functions.
 *
 * Query parameters (lists are comma-separated, as the API's query parser keeps one value per
 * name):
 *   article=ID,ID            only these articles
 *   kind=KEY,KEY             only the units in which some annotator tagged one of these kinds
 *                            (claims are aligned whatever their kind, so a claim another annotator
 *                            tagged with another kind shows as a kind disagreement, not as a miss)
 *   annotators=ID,ID,…       only these annotators (at least two); articles where fewer than two
 *                            of them worked are left out and counted
 *   pair=ID,ID               the same for exactly two annotators
 *   from=DAY|TIMESTAMP       articles whose last counted layer was submitted at or after this
 *   to=DAY|TIMESTAMP         … at or before this (a bare day includes that whole day, UTC)
 *   overlap=0.5              alignment threshold (the project's setting when absent)
 *   tolerance=0.05           relative tolerance of the value α (the project's setting when absent)
 *   bootstrap=1000           resamples per α interval (0: no intervals; at most 10,000)
 *   seed=1                   seed of the bootstrap
 *   articleIntervals=true    intervals on the per-article rows too (default: only when the
 *                            report covers at most 100 articles)
 *   detail=units             include every unit, with what differs in it (for the drill-down)
 *   format=json|csv
 */
import { z } from "zod";
import type { AlignedUnit } from "./align-claims";
import type { AgreementSettings } from "./measures";
import type { ArticleLayers } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

const idList = (what: string, max: number) =>
  z
    .string()
    .transform((v) => [
      ...new Set(
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(100, `each ${what} must be at most 100 characters`))
        .min(1, `must name at least one ${what}`)
        .max(max, `must name at most ${max} ${what}s`),
    );

const DateBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "must be a day (2024-05-31) or an ISO timestamp with offset (2024-05-31T12:00:00Z)",
});

const ratio = (name: string, lower: string, upper: string, check: (n: number) => boolean) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .refine((n) => Number.isFinite(n) && check(n), `${name} must be ${lower} and ${upper}`);

export const AgreementQuery = z
  .object({
    article: idList("article", 1000).optional(),
    kind: idList("kind", 50).optional(),
    annotators: idList("annotator", 100)
      .refine((ids) => ids.length >= 2, "must name at least two different annotators")
      .optional(),
    pair: idList("annotator", 2)
      .refine((ids) => ids.length === 2, "must name exactly two different annotators")
      .optional(),
    from: DateBound.optional(),
    to: DateBound.optional(),
    overlap: ratio("overlap", "greater than 0", "at most 1", (n) => n > 0 && n <= 1).optional(),
    tolerance: ratio("tolerance", "at least 0", "below 1", (n) => n >= 0 && n < 1).optional(),
    bootstrap: z.coerce
      .number({ error: "bootstrap must be a number" })
      .int("bootstrap must be a whole number")
      .min(0, "bootstrap must be at least 0")
      .max(10_000, "bootstrap must be at most 10000")
      .optional(),
    seed: z.coerce
      .number({ error: "seed must be a number" })
      .int("seed must be a whole number")
      .min(0, "seed must be at least 0")
      .max(0xffffffff, "seed must be below 2^32")
      .optional(),
    articleIntervals: z
      .enum(["true", "false"], { error: 'articleIntervals must be "true" or "false"' })
      .transform((v) => v === "true")
      .optional(),
    detail: z.enum(["units"], { error: 'detail must be "units"' }).optional(),
    format: z.enum(["json", "csv"], { error: 'format must be "json" or "csv"' }).default("json"),
  })
  .strict()
  .refine((q) => !(q.pair && q.annotators), { message: "give either pair or annotators, not both", path: ["pair"] })
  .refine((q) => !(q.from && q.to && resolveFrom(q.from) > resolveTo(q.to)), {
    message: "from must not be after to",
    path: ["from"],
  });
export type AgreementQuery = z.output<typeof AgreementQuery>;

/** What a report covers (the project is chosen by the caller, who loads its layers). */
export interface AgreementFilters {
  projectId: string;
  articleIds?: readonly string[];
  kinds?: readonly string[];
  /** At least two; a pair is a selection of two. */
  annotatorIds?: readonly string[];
  /** Inclusive bounds on the article's `completedAt`. */
  from?: Date;
  to?: Date;
}

const isBareDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const resolveFrom = (v: string) => new Date(v);
// A bare day means "up to the end of that day".
const resolveTo = (v: string) => (isBareDay(v) ? new Date(new Date(v).getTime() + DAY_MS - 1) : new Date(v));

/** The filters a parsed query asks for, in the given project. */
export function filtersFromQuery(projectId: string, query: AgreementQuery): AgreementFilters {
  return {
    projectId,
    ...(query.article ? { articleIds: query.article } : {}),
    ...(query.kind ? { kinds: query.kind } : {}),
    ...(query.pair || query.annotators ? { annotatorIds: query.pair ?? query.annotators } : {}),
    ...(query.from ? { from: resolveFrom(query.from) } : {}),
    ...(query.to ? { to: resolveTo(query.to) } : {}),
  };
}

export interface FilteredLayers {
  layers: ArticleLayers[];
  /** Articles that matched but had fewer than two of the selected annotators. */
  skipped: number;
}

/**
 * Applies the article and annotator filters to loaded layers: articles by id and completion
 * date, layers by annotator. An article needs two annotators left to be compared. (The kind
 * filter applies to units, after alignment: see `keepUnitsOfKinds`.)
 */
export function applyFilters(layers: readonly ArticleLayers[], filters: AgreementFilters): FilteredLayers {
  const articles = filters.articleIds ? new Set(filters.articleIds) : null;
  const annotators = filters.annotatorIds ? new Set(filters.annotatorIds) : null;
  const kept: ArticleLayers[] = [];
  let skipped = 0;
  for (const article of layers) {
    if (articles && !articles.has(article.articleId)) continue;
    if (filters.from || filters.to) {
      const at = article.completedAt;
      if (!at) continue;
      if (filters.from && at < filters.from) continue;
      if (filters.to && at > filters.to) continue;
    }
    const annotatorIds = annotators ? article.annotatorIds.filter((id) => annotators.has(id)) : article.annotatorIds;
    if (annotatorIds.length < 2) {
      skipped++;
      continue;
    }
    const claims = annotators ? article.claims.filter((c) => annotators.has(c.annotatorId)) : article.claims;
    kept.push({ ...article, annotatorIds, claims });
  }
  return { layers: kept, skipped };
}

/** The unit filter of a kind filter: units in which some annotator tagged one of the kinds. */
export function keepUnitsOfKinds(kinds: readonly string[]): (unit: AlignedUnit) => boolean {
  const set = new Set(kinds);
  return (unit) => Object.values(unit.claims).some((c) => c !== null && set.has(c.kind));
}

/** The measurement settings a parsed query overrides (the project's settings fill the rest). */
export function settingsFromQuery(query: AgreementQuery): Partial<AgreementSettings> {
  return {
    ...(query.overlap !== undefined ? { overlapThreshold: query.overlap } : {}),
    ...(query.tolerance !== undefined ? { valueTolerance: query.tolerance } : {}),
    ...(query.bootstrap !== undefined ? { bootstrapSamples: query.bootstrap } : {}),
    ...(query.seed !== undefined ? { seed: query.seed } : {}),
    ...(query.articleIntervals !== undefined ? { articleIntervals: query.articleIntervals } : {}),
  };
}
