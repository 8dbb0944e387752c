import fs from "node:fs";
import path from "node:path";
import { ownerOnly } from "./config";
import { cacheSqliteStatements } from "./statement-cache";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** How long a connection waits for another process's write lock before SQLITE_BUSY (ms). */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Set on every connection, not left to the file or the build's defaults:
 *
 * - `journal_mode = WAL`: readers never block the writer, and a killed process leaves the
 *   database consistent (the WAL replays committed transactions only). Migrations also set it;
 *   it is stored in the file, so setting it again is a no-op.
 * - `synchronous = FULL`: the WAL is fsynced at every commit. With NORMAL a process kill loses
 *   nothing either, but a power cut or kernel crash can drop the last commits, which the
 *   server has already answered 2xx for. Writes here are people's annotations, a few per
 *   second at most, so one fsync per commit is a cost worth paying for "acknowledged = kept".
 * - `foreign_keys = ON`: SQLite leaves it off unless asked; the schema's relations rely on it.
 * - `busy_timeout`: another process (the CLI, a migration) holding the lock makes us wait,
 *   not fail at once. better-sqlite3 sets it from `timeout`; it is repeated here to be explicit.
 */
export const SQLITE_PRAGMAS = {
  journal_mode: "wal",
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: SQLITE_BUSY_TIMEOUT_MS,
} as const;

const pragmaScript = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA foreign_keys = ON",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
].join(";\n");

/** A FIFO lock: `acquire` resolves with the release function once every earlier holder let go. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    let released = false;
    return previous.then(() => () => {
      if (!released) {
        released = true;
        release();
      }
    });
  }
}

async function locked<T>(lock: Lock, job: () => Promise<T>): Promise<T> {
  const release = await lock.acquire();
  try {
    return await job();
  } finally {
    release();
  }
}

/**
 * The SQLite connection, made safe for concurrent requests.
 *
 * The app has ONE better-sqlite3 connection per process, and an interactive transaction
 * (`db.$transaction(async (tx) => …)`) holds it open across `await`s. Prisma's adapter
 * serialises transactions against each other but not against plain queries, so a plain
 * write from another request (`db.x.update(…)` outside any transaction) would run inside the
 * open transaction on the shared connection: answered 2xx at once, then rolled back with that
 * transaction if it fails, or lost if the process dies before it commits. Reads would see the
 * transaction's uncommitted rows. Here a plain query waits while a transaction is open, and a
 * transaction waits for the plain query in progress, so every statement belongs to the request
 * that sent it. (PostgreSQL needs none of this: each transaction has its own pooled connection.)
 */
export function sqliteAdapter(file: string): SqlDriverAdapterFactory {
  if (!file.startsWith(":memory:") && fs.existsSync(path.dirname(file))) ownerOnly(file);
  const inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript(pragmaScript);
      // The adapter's better-sqlite3 connection (not in its declared type): its statements are reused.
      const connection = (adapter as unknown as { client?: Parameters<typeof cacheSqliteStatements>[0] }).client;
      if (typeof connection?.prepare === "function") cacheSqliteStatements(connection);
      return serialised(adapter);
    },
  };
}

function serialised(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => locked(lock, () => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => locked(lock, () => adapter.executeRaw(query)),
    executeScript: (script: string) => locked(lock, () => adapter.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel) {
      const release = await lock.acquire();
      try {
        return holdingUntilEnd(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
  };
}

/** The transaction, releasing the connection lock when it commits or rolls back. */
function holdingUntilEnd(tx: Transaction, release: () => void): Transaction {
  const ending = (end: () => Promise<void>) => async () => {
    try {
      await end();
    } finally {
      release();
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query: SqlQuery) => tx.queryRaw(query),
    executeRaw: (query: SqlQuery) => tx.executeRaw(query),
    commit: ending(() => tx.commit()),
    rollback: ending(() => tx.rollback()),
    ...(tx.createSavepoint ? { createSavepoint: (name: string) => tx.createSavepoint!(name) } : {}),
    ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) } : {}),
    ...(tx.releaseSavepoint ? { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) } : {}),
  };
}
