/**
 * Changing an article's canonical text after import (a restored block, a re-run of cleaning)
 * without losing a claim: in one transaction the text, its hash, fingerprint and removed-block
 * list are replaced, every claim is re-anchored with `reanchorAll` (moved claims get their new
 * offsets and quote context; claims that cannot be placed are marked `anchorStatus: "orphan"`
 * with their old selectors kept, never deleted), and the article version is bumped.
 */
import type { Db } from "@/lib/db/client";
import { reanchorAll, type OrphanReason } from "@/lib/anchors/reanchor";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { canonicalText, countWords } from "./canonical-text";
import { contentHash, minhashSignature } from "../duplicates/fingerprint";
import { indexSignature } from "../duplicates/near-duplicates";
import { articleSummarySelect, RemovedBlockRecords, type RemovedBlockRecord } from "../schema";

/** The stored article a new text is computed from. */
export interface StoredArticle {
  id: string;
  text: string;
  version: number;
  rawOriginal: string;
  rawFormat: string;
  removed: RemovedBlockRecord[];
}

/** A claim that could not be placed in the new text (it keeps its old selectors). */
interface OrphanReport {
  id: string;
  exact: string;
  start: number;
  end: number;
  reason: OrphanReason;
}

export interface ReplaceTextResult {
  article: Awaited<ReturnType<typeof readSummary>>;
  /** Claims whose offsets or quote changed. */
  reanchored: number;
  /** Their ids, for a caller who may report only the ones it may see (see `restoreBlock`). */
  reanchoredIds: string[];
  orphans: OrphanReport[];
}

/** Parses `Article.removedBlocks`; a malformed record is a server-side fault, not the caller's. */
export function parseRemovedBlocks(json: string): RemovedBlockRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError("internal", "The article's cleaning record is not valid JSON");
  }
  const parsed = RemovedBlockRecords.safeParse(value);
  if (!parsed.success) throw new AppError("internal", "The article's cleaning record has an unexpected shape");
  return parsed.data;
}

function readSummary(db: Pick<Db, "article">, id: string) {
  return db.article.findUniqueOrThrow({ where: { id }, select: { ...articleSummarySelect, text: true } });
}

/**
 * Replaces an article's text.
 * @param expectedVersion The version the caller saw; a different current version is a 409.
 *   Omit it only for maintenance runs (seeding) that act on whatever is stored.
 * @param compute Derives the new text and removed-block list from the stored article, inside
 *   the transaction (so it sees the row it will overwrite).
 */
export async function replaceArticleText({
  db,
  articleId,
  expectedVersion,
  compute,
  mayMove,
  audit,
}: {
  db: Db;
  articleId: string;
  expectedVersion?: number;
  compute: (article: StoredArticle) => { text: string; removed: RemovedBlockRecord[] };
  /**
   * Called inside the transaction with the claims the new text moves (re-anchored or orphaned),
   * before anything is written: throwing refuses the whole change.
   */
  mayMove?: (moved: { id: string; status: string }[]) => void;
  /** Who changed the text and why, for the audit trail (null actor: the system, e.g. the seed). */
  audit: {
    actorId: string | null;
    action: "article.restore_block" | "article.reclean";
    detail?: Record<string, unknown>;
  };
}): Promise<ReplaceTextResult> {
  let signature: number[] = [];
  const result = await db.$transaction(async (tx) => {
    // The version bump is the first statement: it takes the row lock (PostgreSQL) or the write
    // lock (SQLite) before anything is read, so no concurrent change can slip in between.
    const bumped = await tx.article.updateMany({
      where: { id: articleId, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) {
      const current = await tx.article.findUnique({ where: { id: articleId }, select: { version: true } });
      if (!current) throw AppError.notFound(`Article ${articleId}`);
      throw new AppError(
        "conflict",
        `The article was changed meanwhile (version ${current.version}, you sent ${expectedVersion}); reload and try again`,
        undefined,
        {
          current: { version: current.version },
        },
      );
    }
    const row = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { id: true, text: true, version: true, rawOriginal: true, rawFormat: true, removedBlocks: true },
    });
    const stored: StoredArticle = { ...row, version: row.version - 1, removed: parseRemovedBlocks(row.removedBlocks) };
    const next = compute(stored);
    const text = canonicalText(next.text);
    if (!text) throw new AppError("validation_failed", "The change would leave the article without text");
    signature = minhashSignature(text);

    const claims = await tx.claim.findMany({
      where: { articleId },
      select: {
        id: true,
        status: true,
        start: true,
        end: true,
        exact: true,
        prefix: true,
        suffix: true,
        anchorStatus: true,
      },
      orderBy: { start: "asc" },
    });
    const byId = new Map(claims.map((c) => [c.id, c]));
    const { placed, orphans } = reanchorAll(text, claims);
    if (mayMove) {
      const movedIds = new Set(orphans.map((o) => o.id));
      for (const p of placed) {
        const before = byId.get(p.id);
        if (!before || before.start !== p.start || before.end !== p.end || before.exact !== p.exact) movedIds.add(p.id);
      }
      mayMove(claims.filter((c) => movedIds.has(c.id)));
    }
    const reanchoredIds: string[] = [];
    for (const p of placed) {
      const before = byId.get(p.id);
      const moved =
        !before ||
        before.start !== p.start ||
        before.end !== p.end ||
        before.exact !== p.exact ||
        before.prefix !== p.prefix ||
        before.suffix !== p.suffix;
      if (!moved && before?.anchorStatus === "anchored") continue;
      if (moved) reanchoredIds.push(p.id);
      await tx.claim.update({
        where: { id: p.id },
        data: {
          start: p.start,
          end: p.end,
          exact: p.exact,
          prefix: p.prefix,
          suffix: p.suffix,
          anchorStatus: "anchored",
          version: { increment: 1 },
        },
      });
      await recordAudit(tx, {
        actorId: audit.actorId,
        action: "claim.reanchor",
        entityType: "claim",
        entityId: p.id,
        before: before && spanOf(before),
        after: { ...spanOf(p), anchorStatus: "anchored" },
      });
    }
    const newlyOrphaned = orphans.filter((o) => byId.get(o.id)?.anchorStatus !== "orphan").map((o) => o.id);
    if (newlyOrphaned.length) {
      await tx.claim.updateMany({
        where: { id: { in: newlyOrphaned } },
        data: { anchorStatus: "orphan", version: { increment: 1 } },
      });
      for (const id of newlyOrphaned) {
        const before = byId.get(id);
        await recordAudit(tx, {
          actorId: audit.actorId,
          action: "claim.reanchor",
          entityType: "claim",
          entityId: id,
          before: before && spanOf(before),
          after: { anchorStatus: "orphan" },
        });
      }
    }
    await tx.article.update({
      where: { id: articleId },
      data: {
        text,
        contentHash: contentHash(text),
        wordCount: countWords(text),
        fingerprint: JSON.stringify(signature),
        removedBlocks: JSON.stringify(next.removed),
      },
    });
    await indexSignature(tx, articleId, signature, { replace: true });
    await recordAudit(tx, {
      actorId: audit.actorId,
      action: audit.action,
      entityType: "article",
      entityId: articleId,
      before: { version: stored.version, contentHash: contentHash(row.text), removedBlocks: stored.removed.length },
      after: {
        version: row.version,
        contentHash: contentHash(text),
        removedBlocks: next.removed.length,
        reanchored: reanchoredIds.length,
        orphaned: orphans.length,
        ...audit.detail,
      },
    });
    return {
      article: await readSummary(tx, articleId),
      reanchored: reanchoredIds.length,
      reanchoredIds,
      orphans: orphans.map((o) => ({
        id: o.id,
        exact: o.selector.exact,
        start: o.selector.start,
        end: o.selector.end,
        reason: o.reason,
      })),
    };
  });
  return result;
}

function spanOf(claim: { start: number; end: number; exact: string; anchorStatus?: string }) {
  return {
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    ...(claim.anchorStatus ? { anchorStatus: claim.anchorStatus } : {}),
  };
}
