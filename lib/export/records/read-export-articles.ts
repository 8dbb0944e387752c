import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { rawDriver } from "@/lib/db/raw-driver";
import { EXPORT_SCHEMA_VERSION, type ExportFilter } from "@/lib/export/schema";
import { exportQuery, keepTimestampText, type ExportSource, type Row } from "./cursor";
import { storedDateToIso } from "./stored-date";

/** One article of an export (`format=articles`): what the claims' offsets point into. */
export interface ExportArticle {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The canonical text: the one every claim's `span` offsets count in. */
  text: string;
  /** SHA-256 (hex) of the text's UTF-8 bytes. */
  textSha256: string;
  schemaVersion: number;
}

const ARTICLE_COLUMNS = `a.id, a.title, a.url, a.publisher, a."publishedAt", a.text`;

/** Articles per read: texts can be long, so a few at a time. */
const ARTICLE_BATCH = 16;

function articleOf(row: Row): ExportArticle {
  const text = row[5] as string;
  return {
    id: row[0] as string,
    title: row[1] as string,
    url: row[2] as string | null,
    publisher: row[3] as string | null,
    publishedAt: storedDateToIso(row[4]),
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    schemaVersion: EXPORT_SCHEMA_VERSION,
  };
}

/**
 * The articles of the claims that match `filter` (each once, in id order), a few at a time, with
 * the bare driver like the claims: one SELECT, on SQLite on a connection of its own, on
 * PostgreSQL through a cursor in a read-only REPEATABLE READ transaction.
 */
export async function* readExportArticles({
  filter,
  ...source
}: ExportSource & { filter: ExportFilter }): AsyncGenerator<ExportArticle[]> {
  const driver = "driver" in source ? source.driver : rawDriver(source.db);
  if (driver.provider === "sqlite") {
    const { sql, params } = exportQuery("sqlite", filter, ARTICLE_COLUMNS);
    const sqlite = new Database(driver.file, { fileMustExist: true, readonly: true, timeout: 5_000 });
    try {
      const rows = sqlite
        .prepare(sql)
        .raw(true)
        .iterate(...params) as IterableIterator<Row>;
      let batch: ExportArticle[] = [];
      for (const row of rows) {
        if (batch.push(articleOf(row)) === ARTICLE_BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      sqlite.close();
    }
    return;
  }
  const { sql, params } = exportQuery("postgresql", filter, ARTICLE_COLUMNS);
  const client = await driver.pool.connect();
  let failed: Error | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query({ text: `DECLARE export_articles NO SCROLL CURSOR FOR ${sql}`, values: params });
    for (;;) {
      const { rows } = await client.query<Row>({
        text: `FETCH ${ARTICLE_BATCH} FROM export_articles`,
        rowMode: "array",
        types: keepTimestampText,
      });
      if (rows.length > 0) yield rows.map(articleOf);
      if (rows.length < ARTICLE_BATCH) break;
    }
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    if (failed) client.release(failed);
    else
      await client.query("COMMIT").then(
        () => client.release(),
        (error: Error) => client.release(error),
      );
  }
}
