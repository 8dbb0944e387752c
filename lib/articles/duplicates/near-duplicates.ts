/**
 * Finding stored articles whose text is near-identical to a new one, without reading every
 * stored fingerprint on every import.
 *
 * Each stored article has a MinHash signature (`Article.fingerprint`). Comparing a new text with
 * all of them is O(N) per import and O(N²) per bulk import, so signatures are indexed by
 * locality-sensitive hashing: the 128 values are cut into 25 bands of 5, and two articles are
 * candidates when any band is equal. With J the Jaccard similarity of their 5-word shingles the
 * chance of that is 1 − (1 − J⁵)²⁵: ≈1 at J = 0.9, 0.99 at 0.7, 0.55 at 0.5, and ~0 for
 * unrelated articles. Candidates are then scored on their signatures, and the few that come
 * close are confirmed on the full texts, so the final decision is exact, not an estimate.
 *
 * The index is a table (`ArticleSignatureBand`, one row per band with its key), written in the
 * same transaction as the article's text, so every instance of the app reads the same index and
 * a lookup costs one indexed query (`key IN (25 keys)`, grouped by article) plus, only when some
 * article shares a band, a read of those candidates' signatures. Articles imported before the
 * table existed are indexed once per process on its first lookup (`backfillBands`); a deleted
 * article's bands go with it (cascade), and a changed text replaces its bands (`indexSignature`).
 */
import type { Db } from "@/lib/db/client";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { jaccard, MINHASH_SIZE, shingles } from "./fingerprint";

/** At or above this exact similarity a new article is the same document as a stored one. */
export const SAME_DOCUMENT_THRESHOLD = 0.9;
/** At or above this exact similarity (below `SAME_DOCUMENT_THRESHOLD`) the article is stored but flagged. */
const FLAG_THRESHOLD = 0.7;
/**
 * Shorter texts are only ever flagged, never merged: a 40-word brief differs from a templated
 * sibling by a figure or a place name ("3 killed in Homs" / "5 killed in Hama"), which is a
 * different claim, and 5-word shingles of a short text give too few samples to call it the same.
 */
export const SAME_DOCUMENT_MIN_WORDS = 100;

const BANDS = 25;
const ROWS = 5;
/** Signature estimates below this cannot be a confirmed hit (3.5 standard errors under FLAG_THRESHOLD). */
const ESTIMATE_FLOOR = 0.55;
/** At most this many candidates are confirmed on full text per lookup. */
const CONFIRM_LIMIT = 5;
/** At most this many stored articles sharing a band are scored on their signatures per lookup. */
const CANDIDATE_LIMIT = 50;
const BACKFILL_PAGE = 200;

/** A stored fingerprint: a JSON array of MINHASH_SIZE unsigned 32-bit integers. */
const StoredFingerprint = z.array(z.number().int().min(0).max(0xffffffff)).length(MINHASH_SIZE);

/** Parses a stored fingerprint; undefined when it is missing or malformed (such rows are skipped). */
function parseFingerprint(json: string | null): Uint32Array | undefined {
  if (!json) return undefined;
  try {
    const parsed = StoredFingerprint.safeParse(JSON.parse(json));
    return parsed.success ? Uint32Array.from(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A band's key: a 32-bit mix of its values (murmur3 finaliser over a running FNV-style combine),
 * seeded with the band number so equal values in different bands get different keys; signed, as
 * the table's INTEGER column stores it.
 */
function bandKey(sig: ArrayLike<number>, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let r = 0; r < ROWS; r++) {
    h = Math.imul(h ^ (sig[band * ROWS + r] ?? 0), 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Share of equal positions (as `estimateSimilarity`, without copying typed arrays). */
function estimate(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** The band rows of a signature. */
function signatureBands(sig: ArrayLike<number>): Array<{ band: number; key: number }> {
  return Array.from({ length: BANDS }, (_, band) => ({ band, key: bandKey(sig, band) }));
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Writes an article's bands to the index, replacing any it had: call it in the transaction that
 * writes the article's text and fingerprint, so the index never disagrees with the row.
 */
export async function indexSignature(
  tx: Tx,
  articleId: string,
  signature: readonly number[],
  { replace = false }: { replace?: boolean } = {},
): Promise<void> {
  if (replace) await tx.articleSignatureBand.deleteMany({ where: { articleId } });
  await tx.articleSignatureBand.createMany({
    data: signatureBands(signature).map((b) => ({ articleId, ...b })),
  });
}

/**
 * Indexes every article that has a fingerprint but no bands (imported before the index was a
 * table). Another instance may do the same at once: rows are inserted with ON CONFLICT DO
 * NOTHING, and an article deleted meanwhile is skipped.
 */
async function backfillBands(db: Db): Promise<void> {
  let after = "";
  for (;;) {
    const page = await db.article.findMany({
      where: { id: { gt: after }, fingerprint: { not: null }, signatureBands: { none: {} } },
      select: { id: true, fingerprint: true },
      orderBy: { id: "asc" },
      take: BACKFILL_PAGE,
    });
    for (const row of page) {
      const sig = parseFingerprint(row.fingerprint);
      if (!sig) continue;
      const values = signatureBands(sig).map((b) => Prisma.sql`(${row.id}, ${b.band}, ${b.key})`);
      try {
        await db.$executeRaw`INSERT INTO "ArticleSignatureBand" ("articleId", "band", "key") VALUES ${Prisma.join(values)} ON CONFLICT DO NOTHING`;
      } catch (error) {
        if (await db.article.findUnique({ where: { id: row.id }, select: { id: true } })) throw error;
      }
    }
    if (page.length < BACKFILL_PAGE) return;
    after = page[page.length - 1]?.id ?? after;
  }
}

// Backfilled once per client (i.e. per database) and process; a failed backfill is tried again.
const holder = globalThis as typeof globalThis & { __claimbenchBandBackfill?: WeakMap<Db, Promise<void>> };
function backfilled(db: Db): Promise<void> {
  holder.__claimbenchBandBackfill ??= new WeakMap();
  let done = holder.__claimbenchBandBackfill.get(db);
  if (!done) {
    done = backfillBands(db).catch((error: unknown) => {
      holder.__claimbenchBandBackfill?.delete(db);
      throw error;
    });
    holder.__claimbenchBandBackfill.set(db, done);
  }
  return done;
}

/** Stored articles sharing a band with `sig`, each with its estimated similarity, best first. */
async function candidates(db: Db, sig: readonly number[], excludeId?: string) {
  const groups = await db.articleSignatureBand.groupBy({
    by: ["articleId"],
    where: {
      key: { in: [...new Set(signatureBands(sig).map((b) => b.key))] },
      ...(excludeId ? { articleId: { not: excludeId } } : {}),
    },
    _count: { articleId: true },
    orderBy: [{ _count: { articleId: "desc" } }, { articleId: "asc" }],
    take: CANDIDATE_LIMIT,
  });
  if (groups.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: groups.map((g) => g.articleId) } },
    select: { id: true, fingerprint: true },
  });
  const out: Array<{ id: string; estimate: number }> = [];
  for (const row of rows) {
    const stored = parseFingerprint(row.fingerprint);
    if (stored) out.push({ id: row.id, estimate: estimate(sig, stored) });
  }
  return out.sort((a, b) => b.estimate - a.estimate || a.id.localeCompare(b.id));
}

/** The most similar stored article, with its exact shingle similarity. */
export interface NearMatch {
  id: string;
  similarity: number;
}

/**
 * The stored article most similar to `text` at or above `FLAG_THRESHOLD`, confirmed on full
 * text; undefined when there is none.
 * @param signature `minhashSignature(text)`, computed once by the caller and stored with the article.
 */
export async function findNearestArticle({
  db,
  text,
  signature,
  excludeId,
}: {
  db: Db;
  text: string;
  signature: readonly number[];
  excludeId?: string;
}): Promise<NearMatch | undefined> {
  await backfilled(db);
  const close = (await candidates(db, signature, excludeId))
    .filter((c) => c.estimate >= ESTIMATE_FLOOR)
    .slice(0, CONFIRM_LIMIT);
  if (close.length === 0) return undefined;
  const rows = await db.article.findMany({
    where: { id: { in: close.map((c) => c.id) } },
    select: { id: true, text: true },
  });
  const own = shingles(text);
  let best: NearMatch | undefined;
  for (const row of rows) {
    const similarity = jaccard(own, shingles(row.text));
    if (
      similarity >= FLAG_THRESHOLD &&
      (!best || similarity > best.similarity || (similarity === best.similarity && row.id < best.id))
    ) {
      best = { id: row.id, similarity };
    }
  }
  return best;
}
