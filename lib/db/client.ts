import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { pgPoolOptions, resolveDatabase, type DatabaseConfig } from "./config";
import { registerRawDriver, registeredConfig } from "./raw-driver";
import { sqliteAdapter } from "./sqlite-adapter";
import { pgStatementNames } from "./statement-cache";

// Never hand password or token hashes to callers that did not ask for them by name.
const omit = { user: { passwordHash: true }, apiToken: { tokenHash: true } } as const;

/**
 * An interactive transaction first waits for the SQLite connection lock or a pooled PostgreSQL
 * connection. Prisma's default wait (2 s) failed them with P2028, a 500, as soon as the server
 * was busy, while plain queries kept waiting (bench/load-bench.ts); they now wait as long as a
 * pooled connection may (10 s), and may run 15 s once started, since a saturated event loop
 * stretches even short transactions.
 */
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

function sqliteClient(file: string) {
  // WAL, synchronous FULL, foreign keys and the busy timeout on every connection (see sqlite-adapter.ts).
  return new SqliteClient({ adapter: sqliteAdapter(file), omit, transactionOptions });
}

/** The client type the code is written against (the SQLite client's; PostgreSQL's has the same models). */
export type Db = ReturnType<typeof sqliteClient>;

/** Opens a client for the configured database (SQLite file by default, PostgreSQL by URL). */
export function createDb(config: DatabaseConfig = resolveDatabase()): Db {
  if (config.provider === "postgresql") {
    const pool = pgPoolOptions(config.url);
    // Both clients are generated from one schema (the PostgreSQL one is derived, and a test
    // checks it is in sync), but TypeScript cannot relate two generated generic types, so this
    // is the one place they are equated.
    return registerRawDriver(
      new PostgresClient({
        adapter: new PrismaPg(pool, { statementNameGenerator: pgStatementNames() }),
        omit,
        transactionOptions,
      }) as unknown as Db,
      config,
    );
  }
  return registerRawDriver(sqliteClient(config.file), config);
}

const holder = globalThis as typeof globalThis & { __claimbenchDb?: { db: Db; provider: DatabaseConfig["provider"] } };

/** The process-wide client (one per process; survives Next's dev-mode module reloads). */
export function getDb(): Db {
  if (!holder.__claimbenchDb) {
    const config = resolveDatabase();
    holder.__claimbenchDb = { db: createDb(config), provider: config.provider };
  }
  return holder.__claimbenchDb.db;
}

/** The database a client talks to; without one (or for a client not made by createDb), the configured database's. */
export function databaseProvider(db?: object): DatabaseConfig["provider"] {
  return (db && registeredConfig(db)?.provider) ?? resolveDatabase().provider;
}
