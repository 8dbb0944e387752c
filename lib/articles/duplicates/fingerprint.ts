/**
 * Content fingerprints for imported articles: an exact hash to catch
 * re-imports of the same canonical text, and word-shingle similarity to catch
 * near-duplicates (the same wire story on two sites, a re-crawl with a fixed
 * typo, a page that repeats its own body).
 *
 * Thresholds, for word 5-gram Jaccard similarity:
 * - ≥ 0.9 (`NEAR_DUPLICATE_THRESHOLD`): near-identical — same text with
 *   edits confined to a few sentences; treat as the same document.
 * - 0.5–0.9: heavy overlap (syndicated copy with added or cut paragraphs);
 *   worth showing a human.
 * - < 0.2: unrelated, even for articles on the same topic (the five seed
 *   articles, all about Russia and Syria, score below 0.01 pairwise).
 */
import { createHash } from "node:crypto";

/** Jaccard similarity at or above which two articles count as near-identical. */
export const NEAR_DUPLICATE_THRESHOLD = 0.9;

/** Default shingle size (words); 5 keeps shared stock phrases from inflating scores. */
const DEFAULT_SHINGLE_SIZE = 5;

/** Number of hash functions in a MinHash signature; standard error ≈ 1/√128 ≈ 0.09. */
export const MINHASH_SIZE = 128;

/**
 * Canonical form used for hashing: NFC, lowercase, whitespace runs collapsed
 * to one space, trimmed. Paragraph breaks therefore do not affect the hash.
 */
function hashableText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** SHA-256 (hex) of `hashableText(text)`: equal for texts that differ only in case or spacing. */
export function contentHash(text: string): string {
  return createHash("sha256").update(hashableText(text), "utf8").digest("hex");
}

/** Lowercase word tokens; punctuation and quote style are ignored. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)
      ?.map((t) => t.replace(/’/g, "'")) ?? []
  );
}

/**
 * Set of word n-grams. A text shorter than `size` words yields one shingle
 * (the whole text) so that short texts can still be compared.
 */
export function shingles(text: string, size: number = DEFAULT_SHINGLE_SIZE): Set<string> {
  const words = tokenize(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/** Jaccard index |A∩B| / |A∪B|; 1 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Exact Jaccard similarity of the word-shingle sets of two texts (0…1). */
export function similarity(a: string, b: string, size: number = DEFAULT_SHINGLE_SIZE): number {
  return jaccard(shingles(a, size), shingles(b, size));
}

/** 32-bit FNV-1a: cheap, stable across runs and platforms. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 finaliser: a bijection on 32-bit ints, so XOR-seeding it gives distinct permutations. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: MINHASH_SIZE }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x632be5ab)),
);

/**
 * MinHash signature of a text's shingle set: `MINHASH_SIZE` unsigned 32-bit
 * values, JSON-serialisable for storage next to the article. The share of
 * equal positions between two signatures estimates their Jaccard similarity.
 */
export function minhashSignature(text: string, size: number = DEFAULT_SHINGLE_SIZE): number[] {
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles(text, size)) {
    const h = fnv1a(shingle);
    SEEDS.forEach((seed, k) => {
      const v = mix(h ^ seed);
      if (v < (sig[k] ?? 0)) sig[k] = v;
    });
  }
  return sig;
}

/** Estimated Jaccard similarity from two MinHash signatures of equal length. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0)
    throw new Error("MinHash signatures must have the same, non-zero length");
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** A stored article to compare against. */
export interface FingerprintCandidate {
  id: string;
  signature: readonly number[];
}

/** One near-duplicate match, most similar first. */
export interface NearDuplicateMatch {
  id: string;
  similarity: number;
}

/**
 * Compares one text against many stored signatures (a thousand takes well
 * under a millisecond per candidate) and returns those at or above the
 * threshold, most similar first. Because MinHash is an estimate, callers that
 * must be exact can confirm hits with `similarity` on the full texts.
 */
export function findNearDuplicates(
  text: string,
  candidates: Iterable<FingerprintCandidate>,
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicateMatch[] {
  const sig = minhashSignature(text);
  const matches: NearDuplicateMatch[] = [];
  for (const c of candidates) {
    const s = estimateSimilarity(sig, c.signature);
    if (s >= threshold) matches.push({ id: c.id, similarity: s });
  }
  return matches.sort((x, y) => y.similarity - x.similarity || x.id.localeCompare(y.id));
}
