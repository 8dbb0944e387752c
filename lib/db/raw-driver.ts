import pg from "pg";
import { pgConnectionOptions, type DatabaseConfig } from "./config";

/**
 * The bare driver beside a Prisma client, for the few hot read paths (the dataset export) where
 * materialising rows through Prisma costs more than the query. Writes always go through Prisma.
 */
export type RawDriver = { provider: "sqlite"; file: string } | { provider: "postgresql"; pool: pg.Pool };

/**
 * Connections of the raw PostgreSQL pool: an export holds one for as long as it streams (its
 * cursor lives in a transaction), so this many exports run side by side and the next waits.
 */
const RAW_POOL_MAX = 4;

/** An export whose client stopped reading gives its connection (and snapshot) back after this. */
const IDLE_IN_TRANSACTION_MS = 10 * 60_000;

// On globalThis, like getDb's client: Next bundles this module once per server graph (route
// handlers, server components), and a client made in one must be found from the other.
const registry = ((
  globalThis as typeof globalThis & {
    __claimbenchRawDrivers?: { configs: WeakMap<object, DatabaseConfig>; opened: WeakMap<object, RawDriver> };
  }
).__claimbenchRawDrivers ??= {
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
 * The raw driver for the database of a client made by `createDb`, opened on first use: the SQLite
 * file (a reader opens its own connection; WAL lets it read beside Prisma's writer), or a small
 * PostgreSQL pool that never keeps the process alive.
 */
export function rawDriver(client: object): RawDriver {
  const known = opened.get(client);
  if (known) return known;
  const config = configs.get(client);
  if (!config) throw new Error("rawDriver: this client was not made by createDb");
  const driver = openRawDriver(config);
  opened.set(client, driver);
  return driver;
}

/** A raw driver of its own for `config` (what `rawDriver` opens once per client; a worker thread opens one per export). */
export function openRawDriver(config: DatabaseConfig, poolMax = RAW_POOL_MAX): RawDriver {
  if (config.provider === "sqlite") return { provider: "sqlite", file: config.file };
  const pool = new pg.Pool({
    ...pgConnectionOptions(config.url),
    max: poolMax,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    allowExitOnIdle: true,
  });
  // An idle connection the server closed is dropped from the pool; without a listener it would crash the process.
  pool.on("error", () => undefined);
  return { provider: "postgresql", pool };
}
