import Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { rawDriver, type RawDriver } from "@/lib/db/raw-driver";
import { EXPORT_SCHEMA_VERSION, type ExportFilter } from "@/lib/export/schema";
import type { ExportEvidence, ExportProvenance, ExportRecord } from "./record";
import { exportDateBounds } from "./where";
import { storedDateToIso } from "./stored-date";
import { astralPositions, codePointSpan, type AstralIndex } from "./code-points";

/**
 * The rows of an export, read with the bare driver (better-sqlite3 or pg) in one ordered SELECT:
 * each claim joined to its article, cluster and users, and to its evidence (one row per piece of
 * evidence, or one row with null evidence columns). Same rows, order and values as the Prisma
 * `exportClaimSelect` read (`read-export-records.int.test.ts` holds the two to the same bytes),
 * without Prisma's per-row materialisation, which cost more than the query itself.
 *
 * One statement is one snapshot: the file is consistent even while claims are being written.
 * Rows come a small batch at a time, so the live window stays small whatever the export's size.
 */
export interface ExportCursor {
  /** The next rows in order, at most `max`; fewer only at the end. */
  read(max: number): Row[] | Promise<Row[]>;
  /** Ends the statement (and its transaction); safe to call more than once. */
  close(): Promise<void>;
  /** Where the astral characters are in the texts of the export's articles (read before the rows). */
  astral(): Promise<AstralIndex>;
}

export type Dialect = "sqlite" | "postgresql";
export type Row = unknown[];

// Identifiers are quoted the same way for both databases ("end" is a keyword in PostgreSQL).
// A cited claim's text only when that claim is approved: a draft's words never leave the database.
const EXPORT_COLUMNS = `c.id, c.start, c."end", c.exact, c.prefix, c.suffix, c.kind, c.value, c.qualifier, c."valueMax", c.unit,
  c."timeRef", c."attributedTo", c.status, c.verdict, c.justification, c."approvedAt",
  a.id, a.title, a.url, a.publisher, a."publishedAt", k.id, k.name, u.id, u.name, r.id, r.name, c."updatedAt", c.statement, c."authorType",
  e.stance, e."targetClaimId", CASE WHEN t.status = 'approved' THEN t.exact END, e.url, e.title, e.publisher, e.quote, e."accessedAt",
  c.layer, d.provenance, d.action, d."reasonCode", d.comment, d."createdAt", j.id, j.name`;

/** A gold claim's source claims with their annotators, as a JSON array of [claimId, userId, name] in claim-id order. */
const SOURCES_FROM = `FROM "AdjudicationClaim" ac JOIN "Claim" sc ON sc.id = ac."claimId" JOIN "User" su ON su.id = sc."authorId"
  WHERE ac."decisionId" = d.id AND ac.role = 'source'`;
const SOURCES_COLUMN: Record<Dialect, string> = {
  sqlite: `(SELECT json_group_array(json_array(ac."claimId", su.id, su.name) ORDER BY ac."claimId") ${SOURCES_FROM})`,
  postgresql: `(SELECT json_agg(json_build_array(ac."claimId", su.id, su.name) ORDER BY ac."claimId")::text ${SOURCES_FROM})`,
};

/**
 * The tables of the export SELECT. `evidenceRule` narrows which evidence rows join (links within
 * the claim's project, and the blind rule; see `exportQuery`); a claim left without evidence still
 * gets its one row with null evidence columns.
 */
const exportFrom = (
  evidenceRule = "",
) => `"Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "User" u ON u.id = c."authorId"
  LEFT JOIN "Cluster" k ON k.id = c."clusterId" LEFT JOIN "User" r ON r.id = c."reviewerId"
  LEFT JOIN "AdjudicationDecision" d ON d."goldClaimId" = c.id LEFT JOIN "User" j ON j.id = d."adjudicatorId"
  LEFT JOIN "Evidence" e ON e."claimId" = c.id${evidenceRule} LEFT JOIN "Claim" t ON t.id = e."targetClaimId"`;

/**
 * The blind rule (`visibleClaimsWhere`) on the claim `alias` for an annotator who does not review:
 * their own annotation-layer claims, and others' on articles of the claim's project that are not
 * blind or are adjudicated. `annotator` is the placeholder of the annotator's id.
 */
const blindVisible = (alias: string, annotator: string) =>
  `((${alias}."authorId" = ${annotator} AND ${alias}.layer = 'annotation') OR EXISTS (SELECT 1 FROM "ProjectArticle" pa WHERE pa."projectId" = ${alias}."projectId" AND pa."articleId" = ${alias}."articleId" AND (NOT pa.blind OR pa."adjudicatedAt" IS NOT NULL)))`;

/** The article columns the astral index needs. */
const TEXT_COLUMNS = "a.id, a.text";

/** Column of the first evidence field (its stance, never null on a real piece of evidence). */
const EVIDENCE = 31;
/** Column of the claim's layer, followed by its gold decision's fields and its sources. */
const LAYER = 39;

/**
 * The export SELECT and its parameters; `articleColumns` selects those columns of the export's
 * articles instead (`a`), in id order.
 */
export function exportQuery(
  dialect: Dialect,
  filter: ExportFilter,
  articleColumns?: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === "postgresql" ? `$${params.length}` : "?";
  };
  // Dates as each adapter sends them, so comparisons match Prisma's exactly.
  const date = (d: Date) =>
    dialect === "postgresql" ? `${p(pgTimestamp(d))}::timestamp` : p(d.toISOString().replace("Z", "+00:00"));
  // A link to another claim leaves only when that claim is of the claim's own project (the one
  // exported): one into another project would name a claim, and cite its words, that the
  // project's readers may not see. For a caller who annotates but does not review, the target must
  // also be one they may see (the blind rule), as the claim page leaves it out of its evidence.
  // Its placeholder comes first: the join precedes WHERE.
  const evidenceRule = articleColumns
    ? ""
    : ` AND (e."targetClaimId" IS NULL OR EXISTS (SELECT 1 FROM "Claim" tv WHERE tv.id = e."targetClaimId" AND tv."projectId" = c."projectId"${
        filter.annotatorId ? ` AND ${blindVisible("tv", p(filter.annotatorId))}` : ""
      }))`;
  // What selects a claim of the export (alias x); in a gold project, of its gold layer.
  const selected = (x: string) => {
    const where = [`${x}.status = ${p(filter.status)}`];
    if (filter.projectId) where.push(`${x}."projectId" = ${p(filter.projectId)}`);
    // The blind rule (`visibleClaimsWhere`) for a caller who annotates but does not review.
    if (filter.annotatorId) where.push(blindVisible(x, p(filter.annotatorId)));
    if (filter.articleId) where.push(`${x}."articleId" = ${p(filter.articleId)}`);
    if (filter.kind) where.push(`${x}.kind = ${p(filter.kind)}`);
    if (filter.clusterId) where.push(`${x}."clusterId" = ${p(filter.clusterId)}`);
    const bounds = exportDateBounds(filter);
    if (bounds.gte) where.push(`${x}."approvedAt" >= ${date(bounds.gte)}`);
    if (bounds.lt) where.push(`${x}."approvedAt" < ${date(bounds.lt)}`);
    if (bounds.lte) where.push(`${x}."approvedAt" <= ${date(bounds.lte)}`);
    if (filter.layers) where.push(`${x}.layer = 'gold'`);
    return where.join(" AND ");
  };
  const where = [selected("c")];
  if (filter.layers === "gold+raw") {
    // Beside the gold claims: the annotators' claims of submitted assignments on the articles the
    // export has gold claims of (of the kind asked for); a caller under the blind rule gets only theirs.
    const raw = [`c.layer = 'annotation'`];
    if (filter.projectId) raw.push(`c."projectId" = ${p(filter.projectId)}`);
    if (filter.annotatorId) raw.push(`c."authorId" = ${p(filter.annotatorId)}`);
    if (filter.kind) raw.push(`c.kind = ${p(filter.kind)}`);
    raw.push(`EXISTS (SELECT 1 FROM "Assignment" s WHERE s.id = c."assignmentId" AND s.state = 'submitted')`);
    raw.push(
      `EXISTS (SELECT 1 FROM "Claim" g WHERE g."projectId" = c."projectId" AND g."articleId" = c."articleId" AND ${selected("g")})`,
    );
    where[0] = `((${where[0]}) OR (${raw.join(" AND ")}))`;
  }
  if (articleColumns)
    return {
      sql: `SELECT ${articleColumns} FROM "Article" a WHERE a.id IN (SELECT c."articleId" FROM "Claim" c WHERE ${where.join(" AND ")}) ORDER BY a.id`,
      params,
    };
  return {
    sql: `SELECT ${EXPORT_COLUMNS}, ${SOURCES_COLUMN[dialect]} FROM ${exportFrom(evidenceRule)} WHERE ${where.join(" AND ")} ORDER BY c.id, e.id`,
    params,
  };
}

/** What the pg adapter sends for a DateTime: UTC, no zone, milliseconds only when there are some. */
function pgTimestamp(d: Date): string {
  const iso = d.toISOString();
  const ms = d.getUTCMilliseconds();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? iso.slice(19, 23) : ""}`;
}

/** A row (EXPORT_COLUMNS order) as its claim's record, with the row's evidence if it has one; key order fixed as in `toExportRecord`. */
export function recordOf(row: Row, astral: AstralIndex): ExportRecord {
  return {
    id: row[0] as string,
    article: {
      id: row[17] as string,
      title: row[18] as string,
      url: row[19] as string | null,
      publisher: row[20] as string | null,
      publishedAt: storedDateToIso(row[21]),
    },
    span: {
      start: row[1] as number,
      end: row[2] as number,
      ...codePointSpan(astral, row[17] as string, row[1] as number, row[2] as number),
      exact: row[3] as string,
      prefix: row[4] as string,
      suffix: row[5] as string,
    },
    statement: row[29] as string | null,
    kind: row[6] as string,
    value: row[7] as number | null,
    qualifier: row[8] as string | null,
    valueMax: row[9] as number | null,
    unit: row[10] as string | null,
    timeRef: row[11] as string | null,
    attributedTo: row[12] as string | null,
    authorType: row[30] as string | null,
    status: row[13] as string,
    verdict: row[14] as string | null,
    justification: row[15] as string | null,
    evidence: row[EVIDENCE] === null ? [] : [evidenceOf(row)],
    cluster: row[22] === null ? null : { id: row[22] as string, name: row[23] as string },
    annotator: { id: row[24] as string, name: row[25] as string },
    reviewer: row[26] === null ? null : { id: row[26] as string, name: row[27] as string },
    approvedAt: storedDateToIso(row[16]),
    updatedAt: storedDateToIso(row[28]) as string,
    layer: row[LAYER] as string,
    provenance: provenanceOf(row),
    schemaVersion: EXPORT_SCHEMA_VERSION,
  };
}

/** A gold claim's decision columns (after LAYER) as its provenance; null without a decision. */
function provenanceOf(row: Row): ExportProvenance | null {
  if (row[LAYER + 1] === null) return null;
  const sources = JSON.parse((row[LAYER + 8] as string | null) ?? "[]") as [string, string, string][];
  return {
    kind: row[LAYER + 1] as string,
    action: row[LAYER + 2] as string,
    sources: sources.map(([claimId, id, name]) => ({ claimId, annotator: { id, name } })),
    adjudicator: row[LAYER + 6] === null ? null : { id: row[LAYER + 6] as string, name: row[LAYER + 7] as string },
    reasonCode: row[LAYER + 3] as string | null,
    comment: row[LAYER + 4] as string | null,
    decidedAt: storedDateToIso(row[LAYER + 5]) as string,
  };
}

/** The evidence columns of a row (EXPORT_COLUMNS order) as exported. */
export function evidenceOf(row: Row): ExportEvidence {
  const stance = row[EVIDENCE] as string;
  if (row[EVIDENCE + 1] !== null)
    return {
      type: "claim",
      stance,
      targetClaimId: row[EVIDENCE + 1] as string,
      quote: row[EVIDENCE + 2] as string | null,
    };
  return {
    type: "url",
    stance,
    url: (row[EVIDENCE + 3] as string | null) ?? "",
    title: row[EVIDENCE + 4] as string | null,
    publisher: row[EVIDENCE + 5] as string | null,
    quote: row[EVIDENCE + 6] as string | null,
    accessedAt: storedDateToIso(row[EVIDENCE + 7]),
  };
}

/**
 * SQLite: the statement is iterated on a connection of its own (an active iterator keeps its
 * connection busy, and exports may run side by side), opened per export and closed with it.
 */
function sqliteCursor(file: string, filter: ExportFilter): ExportCursor {
  const { sql, params } = exportQuery("sqlite", filter);
  const sqlite = new Database(file, { fileMustExist: true, timeout: 5_000 });
  let rows: IterableIterator<Row>;
  let astral: AstralIndex;
  try {
    const texts = exportQuery("sqlite", filter, TEXT_COLUMNS);
    astral = astralIndexOf(
      sqlite
        .prepare(texts.sql)
        .raw(true)
        .iterate(...texts.params) as IterableIterator<Row>,
    );
    rows = sqlite
      .prepare(sql)
      .raw(true)
      .iterate(...params) as IterableIterator<Row>;
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const close = async () => {
    if (!sqlite.open) return;
    rows.return?.();
    sqlite.close();
  };
  return {
    read(max) {
      const batch: Row[] = [];
      if (!sqlite.open) return batch;
      for (let next = rows.next(); !next.done; next = rows.next()) if (batch.push(next.value) === max) return batch;
      void close();
      return batch;
    },
    close,
    astral: async () => astral,
  };
}

/** The astral index of (article id, text) rows: only the articles that have such characters. */
function astralIndexOf(rows: Iterable<Row>, index = new Map<string, number[]>()): Map<string, number[]> {
  for (const [id, text] of rows) {
    const positions = astralPositions(text as string);
    if (positions.length > 0) index.set(id as string, positions);
  }
  return index;
}

// `timestamp` columns as their text (UTC by how Prisma writes them), not as a local-time Date.
const TIMESTAMP_OID = 1114;
export const keepTimestampText: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID && format !== "binary"
      ? (text: string) => text
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * PostgreSQL: a server-side cursor in a read-only transaction on a pooled connection held for the
 * export, fetched in batches; the next batch is asked for while this one is formatted.
 */
function pgCursor(pool: pg.Pool, filter: ExportFilter): ExportCursor {
  const { sql, params } = exportQuery("postgresql", filter);
  let client: pg.PoolClient | undefined;
  let done = false;
  let ahead: { max: number; rows: Promise<Row[]> } | undefined;
  const astral = new Map<string, number[]>();
  const opened = (async () => {
    const c = await pool.connect();
    try {
      await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      // The articles' texts first, a few at a time, in the same snapshot as the rows.
      const texts = exportQuery("postgresql", filter, TEXT_COLUMNS);
      await c.query({ text: `DECLARE export_texts NO SCROLL CURSOR FOR ${texts.sql}`, values: texts.params });
      for (;;) {
        const { rows } = await c.query<Row>({ text: "FETCH 16 FROM export_texts", rowMode: "array" });
        astralIndexOf(rows, astral);
        if (rows.length < 16) break;
      }
      await c.query("CLOSE export_texts");
      await c.query({ text: `DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, values: params });
    } catch (error) {
      c.release(error as Error);
      throw error;
    }
    client = c;
  })();
  const fetchRows = async (max: number): Promise<Row[]> => {
    await opened;
    if (done || !client) return [];
    const { rows } = await client.query<Row>({
      text: `FETCH ${max} FROM export_rows`,
      rowMode: "array",
      types: keepTimestampText,
    });
    return rows;
  };
  const close = async () => {
    if (done) return;
    done = true;
    await opened.catch(() => undefined);
    const c = client;
    client = undefined;
    if (!c) return;
    // Whatever a batch asked for ahead is answered (or fails) before the connection is reused.
    await ahead?.rows.catch(() => undefined);
    try {
      await c.query("COMMIT");
      c.release();
    } catch (error) {
      c.release(error as Error);
    }
  };
  return {
    async read(max) {
      const rows = await (ahead && ahead.max === max ? ahead.rows : fetchRows(max));
      ahead = undefined;
      if (rows.length < max) {
        await close();
        return rows;
      }
      const next = fetchRows(max);
      // Still rejects where it is awaited; this only keeps an abandoned read from being "unhandled".
      next.catch(() => undefined);
      ahead = { max, rows: next };
      return rows;
    },
    close,
    astral: async () => {
      await opened;
      return astral;
    },
  };
}

/** Where an export reads: the database behind a Prisma client made by `createDb`, or a raw driver. */
export type ExportSource = { db: Db } | { driver: RawDriver };

/** A cursor over the rows of `filter` in `source`. */
export function openExportCursor(source: ExportSource, filter: ExportFilter): ExportCursor {
  const driver = "driver" in source ? source.driver : rawDriver(source.db);
  return driver.provider === "sqlite" ? sqliteCursor(driver.file, filter) : pgCursor(driver.pool, filter);
}
