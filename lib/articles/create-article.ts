import type { Db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { includeArticles } from "@/lib/projects/include-articles";
import { articleSummarySelect, type CreateArticleData, type DuplicateReason } from "./schema";
import type { SourceFormat } from "./cleaning/clean-source";
import { prepareTextInWorker } from "./cleaning/prepare-in-worker";
import type { PreparedText } from "./cleaning/prepare-text";
import { resolveMetadata } from "./metadata/resolve-metadata";
import {
  findNearestArticle,
  indexSignature,
  SAME_DOCUMENT_MIN_WORDS,
  SAME_DOCUMENT_THRESHOLD,
  type NearMatch,
} from "./duplicates/near-duplicates";

/** How the raw original was received: a document of one of the source formats, or a JSONL line. */
export type RawFormat = SourceFormat | "jsonl";

type ArticleSummary = Awaited<ReturnType<typeof findSummary>>;

export type CreateArticleResult =
  | { created: true; article: NonNullable<ArticleSummary>; nearDuplicate?: NearMatch }
  | {
      created: false;
      article: NonNullable<ArticleSummary>;
      duplicateOf: string;
      reason: DuplicateReason;
      similarity?: number;
    };

/**
 * Imports one validated article (parse with `CreateArticleInput` first): cleans it (plain text,
 * Markdown or HTML main-content extraction), fills in metadata the caller did not give from the
 * document, and stores the canonical text with the raw original verbatim, the removed blocks
 * and a fingerprint.
 *
 * An article already present — same canonical URL, same content hash, or (for texts of
 * `SAME_DOCUMENT_MIN_WORDS` words or more) near-identical text — is returned instead of a copy
 * (`created: false` with the reason), unless `force`. A forced copy, and any new article at
 * least `FLAG_THRESHOLD` similar to an earlier one, gets `nearDuplicateOfId` so lists can flag it.
 *
 * @param textFormat How to read `input.text`: plain text (default) or Markdown.
 * @param rawOriginal What was received, stored verbatim; defaults to the text or html field.
 * @param rawFormat The format of `rawOriginal` (a JSONL line keeps "jsonl").
 * @param projectId The project the article is added to (a duplicate found instead is added to
 *   it too); the Default project unless given.
 * @throws AppError validation_failed when nothing readable is left after cleaning.
 */
export async function createArticle({
  input,
  textFormat = "text",
  ...store
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  input: Partial<CreateArticleData>;
  textFormat?: "text" | "markdown";
  rawOriginal?: string;
  rawFormat?: RawFormat;
  force?: boolean;
  provider?: "sqlite" | "postgresql";
  projectId?: string;
}): Promise<CreateArticleResult> {
  return storeArticle({ ...store, article: await prepareArticle({ input, textFormat }) });
}

/** An article cleaned and fingerprinted, not yet stored (see `prepareArticle`). */
export interface PreparedArticle {
  input: Partial<CreateArticleData>;
  format: SourceFormat;
  prepared: PreparedText;
}

/**
 * The database-free half of `createArticle`: cleans and fingerprints the document in a worker
 * thread (bounded in time and memory). Bulk imports run several at once, then store them in order.
 * @throws AppError validation_failed when nothing readable is left after cleaning.
 */
export async function prepareArticle({
  input,
  textFormat = "text",
}: {
  input: Partial<CreateArticleData>;
  textFormat?: "text" | "markdown";
}): Promise<PreparedArticle> {
  const format: SourceFormat = input.html !== undefined ? "html" : textFormat;
  const prepared = await prepareTextInWorker({ format, content: input.html ?? input.text ?? "", baseUrl: input.url });
  if (!prepared.text) {
    const field = input.html !== undefined ? "html" : "text";
    const message = `no article text is left after cleaning (${prepared.cleaned.removed.length} blocks were removed as boilerplate)`;
    throw new AppError("validation_failed", `Invalid request: ${field}: ${message}`, [{ path: field, message }]);
  }
  return { input, format, prepared };
}

/** The database half of `createArticle`, for an article `prepareArticle` made. */
export async function storeArticle({
  db,
  actor,
  article: { input, format, prepared },
  rawOriginal,
  rawFormat,
  force = false,
  provider = databaseProvider(db),
  projectId = DEFAULT_PROJECT_ID,
}: {
  db: Db;
  actor: Pick<Actor, "id"> | null;
  article: PreparedArticle;
  rawOriginal?: string;
  rawFormat?: RawFormat;
  force?: boolean;
  provider?: "sqlite" | "postgresql";
  projectId?: string;
}): Promise<CreateArticleResult> {
  const field = input.html !== undefined ? "html" : "text";
  const content = input.html ?? input.text ?? "";
  const { cleaned, text, contentHash: hash, signature, wordCount } = prepared;
  const meta = resolveMetadata(input, cleaned.meta, text, field);

  // Outside the transaction: it reads through the shared client, which a SQLite transaction
  // holds. Near-duplicates racing each other are therefore not caught, exact ones are (below).
  const near = await findNearestArticle({ db, text, signature });
  const sameDocument =
    near && near.similarity >= SAME_DOCUMENT_THRESHOLD && wordCount >= SAME_DOCUMENT_MIN_WORDS ? near : undefined;

  type Outcome = { duplicate: { id: string; reason: DuplicateReason } } | { article: NonNullable<ArticleSummary> };
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    await lockImport(tx, provider, hash, meta.url);
    const byUrl = meta.url
      ? await tx.article.findFirst({ where: { url: meta.url }, select: { id: true }, orderBy: { importedAt: "asc" } })
      : null;
    const byHash = await tx.article.findFirst({
      where: { contentHash: hash },
      select: { id: true },
      orderBy: { importedAt: "asc" },
    });
    if (!force) {
      const duplicate = byUrl
        ? { id: byUrl.id, reason: "url" as const }
        : byHash
          ? { id: byHash.id, reason: "hash" as const }
          : sameDocument
            ? { id: sameDocument.id, reason: "near-duplicate" as const }
            : undefined;
      if (duplicate) {
        await includeArticles({ tx, projectId, articleIds: [duplicate.id], actorId: actor?.id ?? null });
        return { duplicate };
      }
    }
    const flagged = byHash?.id ?? near?.id ?? null;
    const article = await tx.article.create({
      data: {
        title: meta.title,
        publisher: meta.publisher,
        author: meta.author,
        url: meta.url,
        publishedAt: meta.publishedAt,
        text,
        contentHash: hash,
        wordCount,
        rawOriginal: rawOriginal ?? content,
        rawFormat: rawFormat ?? format,
        removedBlocks: JSON.stringify(
          cleaned.removed.map(({ index, text: blockText, reason }) => ({ index, text: blockText, reason })),
        ),
        fingerprint: JSON.stringify(signature),
        nearDuplicateOfId: flagged,
        importedById: actor?.id ?? null,
      },
      select: articleSummarySelect,
    });
    await indexSignature(tx, article.id, signature);
    await includeArticles({ tx, projectId, articleIds: [article.id], actorId: actor?.id ?? null });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "article.import",
      entityType: "article",
      entityId: article.id,
      after: {
        title: meta.title,
        url: meta.url,
        publisher: meta.publisher,
        format: rawFormat ?? format,
        contentHash: hash,
        wordCount,
        nearDuplicateOfId: flagged,
        forced: force,
      },
    });
    return { article };
  });

  if ("duplicate" in outcome) {
    const existing = await findSummary(db, outcome.duplicate.id);
    if (!existing) throw new AppError("conflict", "The matching article was deleted while importing; try again");
    const similarity = outcome.duplicate.reason === "near-duplicate" ? sameDocument?.similarity : undefined;
    return {
      created: false,
      article: existing,
      duplicateOf: existing.id,
      reason: outcome.duplicate.reason,
      ...(similarity !== undefined ? { similarity } : {}),
    };
  }
  return { created: true, article: outcome.article, ...(near ? { nearDuplicate: near } : {}) };
}

function findSummary(db: Db, id: string) {
  return db.article.findUnique({ where: { id }, select: articleSummarySelect });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Serialises imports of the same text or URL so two concurrent requests cannot both see "not
 * there" and both insert. PostgreSQL: transaction-scoped advisory locks on the content hash and
 * the URL, taken in key order so two imports never wait on each other in a cycle. SQLite:
 * a no-op write takes the database's write lock now, before the duplicate reads, so a
 * concurrent writer waits (busy timeout) instead of failing the commit on a stale snapshot.
 */
async function lockImport(tx: Tx, provider: "sqlite" | "postgresql", hash: string, url: string | null): Promise<void> {
  if (provider === "postgresql") {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext(v) AS k FROM unnest(ARRAY[${hash}, ${url ?? hash}]::text[]) AS v ORDER BY k) AS keys`;
  } else await tx.$executeRaw`UPDATE "Article" SET "version" = "version" WHERE 0`;
}
