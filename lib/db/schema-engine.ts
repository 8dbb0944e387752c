import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { pgConnectionOptions, type DatabaseConfig } from "./config";

// Prisma's CLI needs a native schema engine that it downloads on first use; its wasm build
// runs the same migrations through our own driver adapters, so migrating works offline.

const require = createRequire(import.meta.url);
type EngineClass = typeof SchemaEngine;

// The wasm glue module is shared by everything in the process (Node caches it even when this
// file is loaded twice, e.g. by two test projects), and instantiating it again would swap the
// memory under an engine that is running. So the instance is made once per process.
const processWide = globalThis as typeof globalThis & { __claimbenchSchemaEngine?: Promise<EngineClass> };

function loadEngineClass(): Promise<EngineClass> {
  processWide.__claimbenchSchemaEngine ??= (async () => {
    // Loaded by hand because `import` of a .wasm needs --experimental-wasm-modules.
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const wasm = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, {
      "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
    });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return processWide.__claimbenchSchemaEngine;
}

/** An engine plus the connections it opened, so they can all be closed. */
export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openEngine(config: DatabaseConfig, schemaPath: string): Promise<EngineHandle> {
  const Engine = await loadEngineClass();
  const opened: SqlDriverAdapter[] = [];
  const base = config.provider === "sqlite" ? await sqliteFactory(config.url) : await pgFactory(config.url);
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const a = await base.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  const log = (...args: unknown[]) => {
    if (process.env.ENGINE_DEBUG) console.error("[schema-engine]", ...args);
  };
  const engine = await Engine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, "utf8")]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    async close() {
      engine.free();
      // The SQLite connector holds locking_mode=EXCLUSIVE until its connections close.
      for (const a of opened) await a.dispose().catch(() => undefined);
    },
  };
}

/** The migrations folder in the shape the engine expects (paths relative to the folder). */
export function readMigrationsList(dir: string): MigrationList {
  const lock = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: "missing migration.sql" },
        },
      };
    }),
  };
}

async function sqliteFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const factory = new PrismaBetterSqlite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      // The engine replays whole migration files with executeRaw, which better-sqlite3
      // refuses for multi-statement SQL; run those as a script instead.
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (q: SqlQuery) => {
        try {
          return await executeRaw(q);
        } catch (error) {
          if (q.args.length === 0 && /more than one statement/.test(describe(error))) {
            await shadow.executeScript(q.sql);
            return 0;
          }
          throw error;
        }
      };
      return shadow;
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : "";
  const original = "originalMessage" in error ? String(error.originalMessage) : "";
  return `${error.message} ${cause} ${original}`;
}

async function pgFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  // Discrete options: with a connectionString the adapter's "shadow" database would be the main one.
  const options = pgConnectionOptions(url);
  const admin = async (sql: string) => {
    const client = new pg.Client(options);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  // The schema describer reads pg_catalog "char" columns (OID 18), which the adapter rejects;
  // its private performIO is where result fields can be re-typed as text (OID 25).
  type WithIO = SqlDriverAdapter & { performIO?: (q: SqlQuery) => Promise<{ fields?: { dataTypeID: number }[] }> };
  const patchChar = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const target = adapter as WithIO;
    const io = target.performIO?.bind(adapter);
    if (!io) return adapter;
    target.performIO = async (q: SqlQuery) => {
      const result = await io(q);
      result?.fields?.forEach((f) => {
        if (f.dataTypeID === 18) f.dataTypeID = 25;
      });
      return result;
    };
    return adapter;
  };
  // The adapter runs a script by splitting it at every ";", which cuts function bodies
  // ($$ … ; … $$) apart. PostgreSQL runs a parameterless multi-statement query as one script
  // itself (as the native engine sends migrations), so hand it over whole.
  type WithDriver = SqlDriverAdapter & {
    underlyingDriver?: () => { query(sql: string): Promise<unknown> };
    onError?: (error: unknown) => never;
  };
  const wholeScripts = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const target = adapter as WithDriver;
    const driver = target.underlyingDriver?.();
    const onError = target.onError?.bind(adapter);
    if (!driver || !onError) return adapter;
    target.executeScript = async (script: string) => {
      try {
        await driver.query(script);
      } catch (error) {
        onError(error);
      }
    };
    return adapter;
  };
  const patch = (adapter: SqlDriverAdapter) => wholeScripts(patchChar(adapter));
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => patch(await new PrismaPg(options).connect()),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin(`CREATE DATABASE "${name}"`);
      const shadow = patch(await new PrismaPg({ ...options, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return shadow;
    },
  };
}
