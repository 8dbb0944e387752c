/**
 * Synthetic annotation layers for the agreement bench: each article has a set of "true" claims
 * spread over its text, and each annotator tags `claims` of them (a random subset, with jittered
 * boundaries and noisy attributes), so the layers agree the way real teams do — mostly, not
 * entirely. The same seed gives the same layers.
 */
import type { AgreementClaim, ArticleLayers } from "@/lib/agreement/types";
import { mulberry32 } from "./random";

const KINDS = ["casualty", "quantity", "event", "quote", "attribution", "other"];
const QUALIFIERS = ["exact", "about", "at_least", "more_than", "up_to"];
const UNITS = ["people", "dollars", "percent", "tonnes"];
const VERDICTS = ["supported", "refuted", "conflicting", "not_enough_evidence"];
const STANCES = ["supports", "refutes", "mixed", "context"];

export interface SyntheticOptions {
  articles: number;
  annotators: number;
  /** Claims per annotator per article. */
  claims: number;
  seed: number;
}

export function syntheticLayers({ articles, annotators, claims, seed }: SyntheticOptions): ArticleLayers[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const annotatorIds = Array.from({ length: annotators }, (_, i) => `annotator-${i + 1}`);
  const result: ArticleLayers[] = [];
  for (let a = 0; a < articles; a++) {
    const articleId = `article-${a + 1}`;
    const candidates = Math.ceil(claims * 1.25);
    const truth = Array.from({ length: candidates }, (_, k) => {
      const start = k * 160 + Math.floor(random() * 60);
      return {
        start,
        end: start + 20 + Math.floor(random() * 70),
        kind: pick(KINDS),
        value: chance(0.6) ? Math.round(random() * 100000) : null,
        qualifier: pick(QUALIFIERS),
        unit: pick(UNITS),
        verdict: pick(VERDICTS),
        url: `https://source-${Math.floor(random() * 50)}.example.org/`,
        stance: pick(STANCES),
      };
    });
    const layerClaims: AgreementClaim[] = [];
    for (const annotatorId of annotatorIds) {
      // A random subset of `claims` true claims.
      const chosen = truth
        .map((t, k) => ({ t, k, r: random() }))
        .sort((x, y) => x.r - y.r)
        .slice(0, claims);
      for (const { t, k } of chosen) {
        const start = Math.max(0, t.start + (chance(0.5) ? 0 : Math.floor(random() * 11) - 5));
        const end = Math.max(start + 1, t.end + (chance(0.5) ? 0 : Math.floor(random() * 11) - 5));
        layerClaims.push({
          id: `${articleId}/${annotatorId}/${k}`,
          articleId,
          annotatorId,
          start,
          end,
          kind: chance(0.85) ? t.kind : pick(KINDS),
          value: t.value === null ? null : chance(0.85) ? t.value : Math.round(t.value * (0.9 + random() * 0.2)),
          qualifier: chance(0.75) ? t.qualifier : pick(QUALIFIERS),
          unit: chance(0.9) ? t.unit : null,
          verdict: chance(0.7) ? t.verdict : pick(VERDICTS),
          evidence: chance(0.4)
            ? [{ targetClaimId: null, url: t.url, stance: chance(0.8) ? t.stance : pick(STANCES) }]
            : [],
        });
      }
    }
    result.push({
      articleId,
      title: `Article ${a + 1}`,
      annotatorIds,
      completedAt: new Date(Date.UTC(2024, 0, 1 + (a % 365))),
      claims: layerClaims,
    });
  }
  return result;
}
