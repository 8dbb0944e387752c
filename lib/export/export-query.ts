import type Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { rawDriver } from "@/lib/db/raw-driver";
import { EXPORT_SCHEMA_VERSION, type ExportFilter } from "./schema";
import type { ExportEvidence, ExportRecord } from "./record";
import { exportDateBounds } from "./export-where";

/**
 * Reads one keyset page of export records with the bare driver (better-sqlite3 or pg): the claim
 * rows with their article, cluster and users joined in one SELECT, then the page's evidence in
 * one SELECT by an id list. Same rows, order and values as the Prisma `exportClaimSelect` read
 * (`read-export-records.int.test.ts` holds the two to the same bytes), without Prisma's per-row
 * materialisation, which cost more than the query itself.
 */
export type ExportPageReader = (after: string, limit: number) => Promise<ExportRecord[]>;

type Dialect = "sqlite" | "postgresql";
type Row = unknown[];

// Identifiers are quoted the same way for both databases ("end" is a keyword in PostgreSQL).
const CLAIM_COLUMNS = `c.id, c.start, c."end", c.exact, c.prefix, c.suffix, c.kind, c.value, c.qualifier, c."valueMax", c.unit,
  c."timeRef", c."attributedTo", c.status, c.verdict, c.justification, c."approvedAt",
  a.id, a.title, a.url, a.publisher, a."publishedAt", k.id, k.name, u.id, u.name, r.id, r.name`;

const CLAIM_FROM = `"Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "User" u ON u.id = c."authorId"
  LEFT JOIN "Cluster" k ON k.id = c."clusterId" LEFT JOIN "User" r ON r.id = c."reviewerId"`;

// A cited claim's text only when that claim is approved: a draft's words never leave the database.
const EVIDENCE_SELECT = `SELECT e."claimId", e.stance, e."targetClaimId", CASE WHEN t.status = 'approved' THEN t.exact END, e.url, e.title, e.publisher, e.quote, e."accessedAt"
  FROM "Evidence" e LEFT JOIN "Claim" t ON t.id = e."targetClaimId"`;

/** The page SELECT and its parameters (the cursor and the limit are appended last). */
function claimPageQuery(dialect: Dialect, filter: ExportFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === "postgresql" ? `$${params.length}` : "?";
  };
  // Dates as each adapter sends them, so comparisons match Prisma's exactly.
  const date = (d: Date) => (dialect === "postgresql" ? `${p(pgTimestamp(d))}::timestamp` : p(d.toISOString().replace("Z", "+00:00")));
  const where = [`c.status = ${p(filter.status)}`];
  if (filter.articleId) where.push(`c."articleId" = ${p(filter.articleId)}`);
  if (filter.kind) where.push(`c.kind = ${p(filter.kind)}`);
  if (filter.clusterId) where.push(`c."clusterId" = ${p(filter.clusterId)}`);
  const bounds = exportDateBounds(filter);
  if (bounds.gte) where.push(`c."approvedAt" >= ${date(bounds.gte)}`);
  if (bounds.lt) where.push(`c."approvedAt" < ${date(bounds.lt)}`);
  if (bounds.lte) where.push(`c."approvedAt" <= ${date(bounds.lte)}`);
  where.push(`c.id > ${p(null)}`);
  const limit = p(null);
  return { sql: `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE ${where.join(" AND ")} ORDER BY c.id LIMIT ${limit}`, params };
}

/** What the pg adapter sends for a DateTime: UTC, no zone, milliseconds only when there are some. */
function pgTimestamp(d: Date): string {
  const iso = d.toISOString();
  const ms = d.getUTCMilliseconds();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? iso.slice(19, 23) : ""}`;
}

const ZONE = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

/**
 * A stored DateTime as Prisma returns it, in ISO form: SQLite holds ISO text (what the adapter
 * writes) or epoch milliseconds; PostgreSQL's `timestamp` text is UTC without a zone.
 */
export function storedDateToIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value)).toISOString();
  if (value instanceof Date) return value.toISOString();
  const text = String(value).replace(" ", "T");
  return new Date(ZONE.test(text) || !text.includes("T") ? text : `${text}Z`).toISOString();
}

/** A claim row (CLAIM_COLUMNS order) as the record; key order fixed as in `toExportRecord`. */
function recordOf(row: Row, evidence: ExportEvidence[]): ExportRecord {
  return {
    id: row[0] as string,
    article: { id: row[17] as string, title: row[18] as string, url: row[19] as string | null, publisher: row[20] as string | null, publishedAt: storedDateToIso(row[21]) },
    span: { start: row[1] as number, end: row[2] as number, exact: row[3] as string, prefix: row[4] as string, suffix: row[5] as string },
    kind: row[6] as string,
    value: row[7] as number | null,
    qualifier: row[8] as string | null,
    valueMax: row[9] as number | null,
    unit: row[10] as string | null,
    timeRef: row[11] as string | null,
    attributedTo: row[12] as string | null,
    status: row[13] as string,
    verdict: row[14] as string | null,
    justification: row[15] as string | null,
    evidence,
    cluster: row[22] === null ? null : { id: row[22] as string, name: row[23] as string },
    annotator: { id: row[24] as string, name: row[25] as string },
    reviewer: row[26] === null ? null : { id: row[26] as string, name: row[27] as string },
    approvedAt: storedDateToIso(row[16]),
    schemaVersion: EXPORT_SCHEMA_VERSION,
  };
}

/** An evidence row (EVIDENCE_SELECT order, after the claim id) as exported. */
function evidenceOf(row: Row): ExportEvidence {
  if (row[2] !== null) return { type: "claim", stance: row[1] as string, targetClaimId: row[2] as string, quote: row[3] as string | null };
  return {
    type: "url",
    stance: row[1] as string,
    url: (row[4] as string | null) ?? "",
    title: row[5] as string | null,
    publisher: row[6] as string | null,
    quote: row[7] as string | null,
    accessedAt: storedDateToIso(row[8]),
  };
}

/** Puts evidence rows (ordered by claim, then evidence id) into the page's records. */
function assemble(claimRows: Row[], evidenceRows: Row[]): ExportRecord[] {
  const lists = new Map<string, ExportEvidence[]>();
  for (const row of evidenceRows) {
    const id = row[0] as string;
    let list = lists.get(id);
    if (!list) lists.set(id, (list = []));
    list.push(evidenceOf(row));
  }
  return claimRows.map((row) => recordOf(row, lists.get(row[0] as string) ?? []));
}

function sqlitePageReader(sqlite: Database.Database, filter: ExportFilter): ExportPageReader {
  const { sql, params } = claimPageQuery("sqlite", filter);
  const claims = sqlite.prepare(sql).raw(true);
  const evidence = sqlite
    .prepare(`${EVIDENCE_SELECT} WHERE e."claimId" IN (SELECT value FROM json_each(?)) ORDER BY e."claimId", e.id`)
    .raw(true);
  const last = params.length;
  return async (after, limit) => {
    params[last - 2] = after;
    params[last - 1] = limit;
    const rows = claims.all(...params) as Row[];
    if (rows.length === 0) return [];
    return assemble(rows, evidence.all(JSON.stringify(rows.map((r) => r[0]))) as Row[]);
  };
}

// `timestamp` columns as their text (UTC by how Prisma writes them), not as a local-time Date.
const TIMESTAMP_OID = 1114;
const keepTimestampText: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID && format !== "binary" ? (text: string) => text : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

function pgPageReader(pool: pg.Pool, filter: ExportFilter): ExportPageReader {
  const { sql, params } = claimPageQuery("postgresql", filter);
  const last = params.length;
  const evidenceSql = `${EVIDENCE_SELECT} WHERE e."claimId" = ANY($1::text[]) ORDER BY e."claimId", e.id`;
  return async (after, limit) => {
    const values = params.slice();
    values[last - 2] = after;
    values[last - 1] = limit;
    const { rows } = await pool.query<Row>({ text: sql, values, rowMode: "array", types: keepTimestampText });
    if (rows.length === 0) return [];
    const ev = await pool.query<Row>({ text: evidenceSql, values: [rows.map((r) => r[0])], rowMode: "array", types: keepTimestampText });
    return assemble(rows, ev.rows);
  };
}

/** A page reader for `filter` on the database behind `db`. */
export function exportPageReader(db: Db, filter: ExportFilter): ExportPageReader {
  const driver = rawDriver(db);
  return driver.provider === "sqlite" ? sqlitePageReader(driver.sqlite, filter) : pgPageReader(driver.pool, filter);
}
