import fs from "node:fs";
import path from "node:path";

export type DatabaseConfig =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

/** Where the SQLite file lives when DATABASE_URL is not set. */
export const DEFAULT_SQLITE_URL = "file:./data/claimbench.db";

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

/** Creates the SQLite file's folder so a fresh clone needs no set-up. */
export function ensureSqliteDir(config: DatabaseConfig): void {
  if (config.provider === "sqlite") fs.mkdirSync(path.dirname(config.file), { recursive: true });
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
