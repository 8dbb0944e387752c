import Database from "better-sqlite3";
import pg from "pg";
import { pgConnectionOptions, type DatabaseConfig } from "./config";

/**
 * The bare driver beside a Prisma client, for the few hot read paths (the dataset export) where
 * materialising rows through Prisma costs more than the query. Writes always go through Prisma.
 */
export type RawDriver = { provider: "sqlite"; sqlite: Database.Database } | { provider: "postgresql"; pool: pg.Pool };

/** Connections of the raw PostgreSQL pool: reads are sequential per export, two run side by side. */
const RAW_POOL_MAX = 2;

// On globalThis, like getDb's client: Next bundles this module once per server graph (route
// handlers, server components), and a client made in one must be found from the other.
const registry = ((globalThis as typeof globalThis & { __claimbenchRawDrivers?: { configs: WeakMap<object, DatabaseConfig>; opened: WeakMap<object, RawDriver> } }).__claimbenchRawDrivers ??= {
  configs: new WeakMap(),
  opened: new WeakMap(),
});
const { configs, opened } = registry;

/** Called by `createDb`: remembers which database a client talks to; returns the client. */
export function registerRawDriver<T extends object>(client: T, config: DatabaseConfig): T {
  configs.set(client, config);
  return client;
}

/** The database a client made by `createDb` talks to (undefined for any other object). */
export function registeredConfig(client: object): DatabaseConfig | undefined {
  return configs.get(client);
}

/**
 * The raw driver for the database of a client made by `createDb`, opened on first use: a second
 * SQLite connection to the same file (WAL lets it read beside Prisma's writer), or a small
 * PostgreSQL pool that never keeps the process alive.
 */
export function rawDriver(client: object): RawDriver {
  const known = opened.get(client);
  if (known) return known;
  const config = configs.get(client);
  if (!config) throw new Error("rawDriver: this client was not made by createDb");
  let driver: RawDriver;
  if (config.provider === "postgresql") {
    const pool = new pg.Pool({ ...pgConnectionOptions(config.url), max: RAW_POOL_MAX, statement_timeout: 30_000, allowExitOnIdle: true });
    // An idle connection the server closed is dropped from the pool; without a listener it would crash the process.
    pool.on("error", () => undefined);
    driver = { provider: "postgresql", pool };
  } else {
    driver = { provider: "sqlite", sqlite: new Database(config.file, { fileMustExist: true, timeout: 5_000 }) };
  }
  opened.set(client, driver);
  return driver;
}
