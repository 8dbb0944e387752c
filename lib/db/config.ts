import fs from "node:fs";
import path from "node:path";

export type DatabaseConfig =
  { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

/** Where the SQLite file lives when DATABASE_URL is not set. */
const DEFAULT_SQLITE_URL = "file:./data/claimbench.db";

/**
 * Reads DATABASE_URL: `postgres://` or `postgresql://` selects PostgreSQL, anything else
 * (or nothing) is a SQLite `file:` URL, relative paths resolved from the working directory.
 */
export function resolveDatabase(given: string | undefined = process.env.DATABASE_URL): DatabaseConfig {
  const url = given || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const raw = url.startsWith("file:") ? url.slice("file:".length) : url;
  const file = path.resolve(raw.replace(/^\/\/(?=\/)/, "").split("?")[0] ?? raw);
  return { provider: "sqlite", url: `file:${file}`, file };
}

/**
 * Creates the SQLite file's folder so a fresh clone needs no set-up, and the file itself readable
 * by its owner only (0600): it holds the password hashes. SQLite gives the -wal and -shm files it
 * makes beside it the same mode. A file found readable by others is narrowed to 0600.
 */
export function ensureSqliteDir(config: DatabaseConfig): void {
  if (config.provider !== "sqlite") return;
  fs.mkdirSync(path.dirname(config.file), { recursive: true, mode: 0o700 });
  ownerOnly(config.file);
}

/** Creates `file` empty with mode 0600 if missing; narrows an existing one (and its -wal, -shm) to 0600. */
export function ownerOnly(file: string): void {
  fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_RDWR, 0o600));
  for (const suffix of ["", "-wal", "-shm"]) {
    try {
      if (fs.statSync(/* turbopackIgnore: true */ file + suffix).mode & 0o077) fs.chmodSync(file + suffix, 0o600);
    } catch {
      // not there (or not ours to change): nothing to narrow
    }
  }
}

/** Splits a PostgreSQL URL into discrete options (a `connectionString` would override the database name). */
export function pgConnectionOptions(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname || "localhost",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
  };
}

/**
 * The PostgreSQL pool: bounded, so N instances cannot exhaust the server's connections
 * (`DATABASE_POOL_MAX` each, default 10), and nothing waits forever. A statement runs at most
 * 30 s; a session left idle inside a transaction (a crashed request) is ended after 60 s,
 * releasing its locks; a request waits at most 10 s for a free connection, then fails
 * instead of queueing without end. Durability is PostgreSQL's own: `synchronous_commit` is
 * left at the server's default (on), so a commit is on disk before it is answered.
 */
export function pgPoolOptions(url: string) {
  return {
    ...pgConnectionOptions(url),
    max: poolMax(process.env.DATABASE_POOL_MAX),
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  };
}

function poolMax(given: string | undefined): number {
  if (given === undefined || given === "") return 10;
  const max = Number(given);
  if (!Number.isInteger(max) || max < 1)
    throw new Error(`DATABASE_POOL_MAX must be a positive whole number, not "${given}"`);
  return max;
}
