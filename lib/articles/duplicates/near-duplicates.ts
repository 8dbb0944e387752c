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
 * The index is a per-process cache of what the database holds, never a source of truth: each
 * lookup first reads the ids of articles imported since the last look (the `importedAt` index)
 * and loads the signatures it has not seen, so N stateless instances each see every article.
 * Articles deleted elsewhere are dropped when they come up as candidates; every few minutes the
 * whole index is rebuilt, which also picks up texts another instance changed (restores).
 *
 * Scaling limit: about 1.5 KB of memory per article (a 512-byte signature plus 25 bucket
 * entries), i.e. ~150 MB at 100,000 articles, and the first lookup after a start or rebuild
 * reads every fingerprint once. Well beyond that, the band keys belong in an indexed table of
 * their own (a schema change), queried with `IN (...)`, and this cache goes away.
 */
import type { Db } from "@/lib/db/client";
import { z } from "zod";
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
/** Rows committed up to this long after their `importedAt` was stamped are still picked up. */
const COMMIT_OVERLAP_MS = 5_000;
const REBUILD_EVERY_MS = 5 * 60_000;
const LOAD_PAGE = 1_000;

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

/** 32-bit mix of one band's values (murmur3 finaliser over a running FNV-style combine). */
function bandKey(sig: ArrayLike<number>, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let r = 0; r < ROWS; r++) {
    h = Math.imul(h ^ (sig[band * ROWS + r] ?? 0), 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  // Band number in the high bits keeps equal values in different bands apart.
  return band * 0x1_0000_0000 + ((h ^ (h >>> 16)) >>> 0);
}

/** Share of equal positions (as `estimateSimilarity`, without copying typed arrays). */
function estimate(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** The in-memory LSH index over stored signatures. */
class SignatureIndex {
  private readonly signatures = new Map<string, Uint32Array>();
  private readonly buckets = new Map<number, string[]>();
  private watermark = 0;
  private builtAt = 0;
  private syncing: Promise<void> | undefined;

  add(id: string, sig: Uint32Array): void {
    if (this.signatures.has(id)) this.remove(id);
    this.signatures.set(id, sig);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = this.buckets.get(key);
      if (list) list.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  remove(id: string): void {
    const sig = this.signatures.get(id);
    if (!sig) return;
    this.signatures.delete(id);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = this.buckets.get(key)?.filter((x) => x !== id);
      if (list && list.length) this.buckets.set(key, list);
      else this.buckets.delete(key);
    }
  }

  /** Ids sharing a band with `sig`, each with its estimated similarity, best first. */
  candidates(sig: ArrayLike<number>): Array<{ id: string; estimate: number }> {
    const ids = new Set<string>();
    for (let b = 0; b < BANDS; b++) for (const id of this.buckets.get(bandKey(sig, b)) ?? []) ids.add(id);
    const out: Array<{ id: string; estimate: number }> = [];
    for (const id of ids) {
      const stored = this.signatures.get(id);
      if (stored) out.push({ id, estimate: estimate(sig, stored) });
    }
    return out.sort((a, b) => b.estimate - a.estimate || a.id.localeCompare(b.id));
  }

  /** Brings the cache up to date with the database (single-flight per process). */
  sync(db: Db): Promise<void> {
    this.syncing ??= this.load(db).finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async load(db: Db): Promise<void> {
    const rebuild = this.builtAt === 0 || Date.now() - this.builtAt > REBUILD_EVERY_MS;
    if (rebuild) {
      this.signatures.clear();
      this.buckets.clear();
      this.watermark = 0;
      // Marked built only once the load finished: a failed load is retried in full next time.
      this.builtAt = 0;
      const started = Date.now();
      let cursor: string | undefined;
      for (;;) {
        const page = await db.article.findMany({
          select: { id: true, fingerprint: true, importedAt: true },
          orderBy: { id: "asc" },
          take: LOAD_PAGE,
          ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        });
        for (const row of page) this.addRow(row);
        if (page.length < LOAD_PAGE) break;
        cursor = page[page.length - 1]?.id;
      }
      this.builtAt = started;
      return;
    }
    const recent = await db.article.findMany({
      where: { importedAt: { gte: new Date(this.watermark - COMMIT_OVERLAP_MS) } },
      select: { id: true, importedAt: true },
    });
    const unseen = recent.filter((r) => !this.signatures.has(r.id)).map((r) => r.id);
    for (const r of recent) this.watermark = Math.max(this.watermark, r.importedAt.getTime());
    for (let i = 0; i < unseen.length; i += LOAD_PAGE) {
      const rows = await db.article.findMany({
        where: { id: { in: unseen.slice(i, i + LOAD_PAGE) } },
        select: { id: true, fingerprint: true, importedAt: true },
      });
      for (const row of rows) this.addRow(row);
    }
  }

  private addRow(row: { id: string; fingerprint: string | null; importedAt: Date }): void {
    this.watermark = Math.max(this.watermark, row.importedAt.getTime());
    const sig = parseFingerprint(row.fingerprint);
    if (sig) this.add(row.id, sig);
  }
}

// One index per client (i.e. per database), kept across Next's dev-mode module reloads.
const holder = globalThis as typeof globalThis & { __claimbenchSignatureIndex?: WeakMap<Db, SignatureIndex> };
function indexFor(db: Db): SignatureIndex {
  holder.__claimbenchSignatureIndex ??= new WeakMap();
  let index = holder.__claimbenchSignatureIndex.get(db);
  if (!index) {
    index = new SignatureIndex();
    holder.__claimbenchSignatureIndex.set(db, index);
  }
  return index;
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
  const index = indexFor(db);
  await index.sync(db);
  const candidates = index
    .candidates(signature)
    .filter((c) => c.estimate >= ESTIMATE_FLOOR && c.id !== excludeId)
    .slice(0, CONFIRM_LIMIT);
  if (candidates.length === 0) return undefined;
  const rows = await db.article.findMany({
    where: { id: { in: candidates.map((c) => c.id) } },
    select: { id: true, text: true },
  });
  const found = new Set(rows.map((r) => r.id));
  for (const c of candidates) if (!found.has(c.id)) index.remove(c.id);
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

/** Records a new or changed article's signature in this process's index (after its commit). */
export function rememberSignature(db: Db, id: string, signature: readonly number[]): void {
  indexFor(db).add(id, Uint32Array.from(signature));
}
