/**
 * The baseline's data access: the bare driver (better-sqlite3 or pg) with hand-written SQL, and
 * nothing else. One interface for both so the request handlers are shared.
 *
 * SQLite: one connection (as the app has) with the app's pragmas (passed in by the driver from
 * `SQLITE_PRAGMAS`: WAL, synchronous FULL, foreign keys, busy timeout); transactions and plain
 * statements take turns on it through one FIFO promise chain, as the app's adapter does, so no
 * statement ever runs inside another request's transaction. PostgreSQL: a `pg.Pool` with the
 * app's pool size (DATABASE_POOL_MAX, default 10), READ COMMITTED transactions.
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

function sqliteStore(file: string, pragmas: Record<string, string | number>): Store {
  const db = new Database(file);
  for (const [name, value] of Object.entries(pragmas)) db.pragma(`${name} = ${value}`);
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const inTx: Conn = {
    all: async (sql, params = []) => prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
  };
  let chain: Promise<unknown> = Promise.resolve();
  const turn = <T>(job: () => Promise<T>): Promise<T> => {
    const next = chain.then(job);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    provider: "sqlite",
    all: (sql, params) => turn(() => inTx.all(sql, params)),
    run: (sql, params) => turn(() => inTx.run(sql, params)),
    now: () => new Date().toISOString(),
    tx: <T>(fn: (c: Conn) => Promise<T>): Promise<T> =>
      turn(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(inTx);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          db.exec("ROLLBACK");
          throw error;
        }
      }),
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

export function openStore(url: string, sqlitePragmas: Record<string, string | number> = {}): Store {
  const config = resolveDatabase(url);
  return config.provider === "sqlite" ? sqliteStore(config.file, sqlitePragmas) : postgresStore(config.url);
}
