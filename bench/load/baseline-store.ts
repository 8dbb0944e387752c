/**
 * The baseline's data access: the bare driver (better-sqlite3 or pg) with hand-written SQL, and
 * nothing else. One interface for both so the request handlers are shared.
 *
 * SQLite: one connection (as the app has), `busy_timeout` 5 s, the file's journal mode as the
 * app left it; transactions are serialised by a promise chain on that connection (statements
 * inside are synchronous). PostgreSQL: a `pg.Pool` of DATABASE_POOL_MAX (default 10, the app's
 * default), READ COMMITTED transactions.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { pgConnectionOptions, resolveDatabase } from "@/lib/db/config";

export type Row = Record<string, unknown>;

export interface Conn {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
}

export interface Store extends Conn {
  provider: "sqlite" | "postgresql";
  /** A timestamp as the driver binds it (ISO text for SQLite, a Date for pg). */
  now(): unknown;
  tx<T>(fn: (conn: Conn) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function sqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const conn: Conn = {
    all: async (sql, params = []) => prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
  };
  let chain: Promise<unknown> = Promise.resolve();
  return {
    provider: "sqlite",
    ...conn,
    now: () => new Date().toISOString(),
    tx<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
      const next = chain.then(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(conn);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          db.exec("ROLLBACK");
          throw error;
        }
      });
      chain = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      db.close();
    },
  };
}

/** `?` placeholders (as SQLite takes them) to pg's `$1, $2, …`. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function postgresStore(url: string): Store {
  const pool = new pg.Pool({ ...pgConnectionOptions(url), max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  const on = (client: pg.Pool | pg.PoolClient): Conn => ({
    all: async (sql, params = []) => (await client.query({ text: numbered(sql), values: params })).rows as Row[],
    run: async (sql, params = []) => (await client.query({ text: numbered(sql), values: params })).rowCount ?? 0,
  });
  return {
    provider: "postgresql",
    ...on(pool),
    now: () => new Date(),
    async tx<T>(fn: (c: Conn) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openStore(url: string): Store {
  const config = resolveDatabase(url);
  return config.provider === "sqlite" ? sqliteStore(config.file) : postgresStore(config.url);
}
