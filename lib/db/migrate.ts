import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureSqliteDir, resolveDatabase, type DatabaseConfig } from "./config";
import { openEngine, readMigrationsList } from "./schema-engine";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** Schema file and migrations folder of each provider; the PostgreSQL pair is derived from the SQLite one. */
export function prismaPaths(provider: DatabaseConfig["provider"]) {
  const dir = provider === "sqlite" ? path.join(root, "prisma") : path.join(root, "prisma", "postgresql");
  return { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
}

const noFilters = { externalTables: [], externalEnums: [] };

// The wasm engine is one instance per process; engine jobs run one at a time through a
// process-wide queue (process-wide because this module can be loaded more than once).
const processWide = globalThis as typeof globalThis & { __claimbenchMigrateQueue?: Promise<unknown> };
function exclusive<T>(job: () => Promise<T>): Promise<T> {
  const run = (processWide.__claimbenchMigrateQueue ?? Promise.resolve()).then(job, job);
  processWide.__claimbenchMigrateQueue = run.catch(() => undefined);
  return run;
}

/**
 * Applies pending migrations exactly as `prisma migrate deploy` does (same `_prisma_migrations`
 * bookkeeping), so either tool can be used on the same database. Never drops data: only
 * committed migration files run, and a modified applied migration is an error.
 */
export function deployMigrations(
  config: DatabaseConfig = resolveDatabase(),
  options: DeployOptions = {},
): Promise<string[]> {
  return exclusive(() => deploy(config, options));
}

export interface DeployOptions {
  /** Apply only the migrations up to and including this one (by folder name): how a test builds a database as an older release left it. */
  until?: string;
}

function migrationsUpTo(dir: string, until: string | undefined) {
  const list = readMigrationsList(dir);
  if (until === undefined) return list;
  return { ...list, migrationDirectories: list.migrationDirectories.filter((d) => d.path <= until) };
}

async function deploy(config: DatabaseConfig, { until }: DeployOptions): Promise<string[]> {
  ensureSqliteDir(config);
  const paths = prismaPaths(config.provider);
  // The engine needs the SQLite file to itself; when nothing is pending (the usual re-run,
  // perhaps beside a running server) a plain read answers without taking that lock.
  if (config.provider === "sqlite" && sqliteUpToDate(config.file, paths.migrations, until)) return [];
  const handle = await openEngine(config, paths.schema);
  try {
    const result = await handle.engine
      .applyMigrations({
        migrationsList: migrationsUpTo(paths.migrations, until),
        filters: noFilters,
      })
      .catch((error: unknown) => {
        // A busy SQLite file surfaces from the wasm engine as an opaque connector error.
        if (config.provider === "sqlite" && /SocketTimeout|database is locked|SQLITE_BUSY/i.test(String(error))) {
          throw new Error(
            `The database file ${config.file} is in use by another process (a running server?). Stop it and migrate again; nothing was changed.`,
          );
        }
        throw error;
      });
    return result.appliedMigrationNames;
  } finally {
    await handle.close();
    if (config.provider === "sqlite") enableWal(config.file);
  }
}

function sqliteUpToDate(file: string, migrationsDir: string, until: string | undefined): boolean {
  if (!fs.existsSync(file)) return false;
  const wanted = migrationsUpTo(migrationsDir, until).migrationDirectories.map((d) => d.path);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return false;
    const rows = sqlite
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { migration_name: string }[];
    const applied = new Set(rows.map((r) => r.migration_name));
    return wanted.every((name) => applied.has(name));
  } finally {
    sqlite.close();
  }
}

/** WAL lets readers work while a write is in progress; the setting is stored in the file. */
function enableWal(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

/** SQL that takes the committed migrations to the current schema ("" when in sync). */
export function diffMigrationsToSchema(config: DatabaseConfig): Promise<string> {
  return exclusive(() => diff(config));
}

async function diff(config: DatabaseConfig): Promise<string> {
  ensureSqliteDir(config);
  const paths = prismaPaths(config.provider);
  const handle = await openEngine(config, paths.schema);
  try {
    const list = readMigrationsList(paths.migrations);
    const result = await handle.engine.diff({
      from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: paths.schema, content: fs.readFileSync(paths.schema, "utf8") }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.?)?\s*$/.test(sql) ? "" : sql;
  } finally {
    await handle.close();
  }
}

/** Writes a new migration folder for the provider; returns its path, or null when nothing changed. */
export async function createMigration(config: DatabaseConfig, name: string, stamp: string): Promise<string | null> {
  const sql = await diffMigrationsToSchema(config);
  if (!sql) return null;
  const paths = prismaPaths(config.provider);
  const dir = path.join(paths.migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(paths.migrations, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(
      lock,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${config.provider}"\n`,
    );
  }
  return dir;
}
