import { afterAll, describe, expect, it, inject } from "vitest";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./config";
import { createDb } from "./client";
import { deployMigrations, diffMigrationsToSchema, prismaPaths } from "./migrate";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";

const provider = inject("testDatabase");
const made: TestDatabase[] = [];
afterAll(async () => {
  for (const d of made) await d.drop();
});

describe(`migrations on ${provider}`, () => {
  it("apply to an empty database, record _prisma_migrations like prisma migrate deploy, and are idempotent", async () => {
    const database = await freshDatabase(provider);
    made.push(database);
    const config = resolveDatabase(database.url);
    const names = fs
      .readdirSync(prismaPaths(provider).migrations)
      .filter((n) => /^\d{14}_/.test(n))
      .sort();
    expect(await deployMigrations(config)).toEqual(names);
    expect(await deployMigrations(config)).toEqual([]);

    const db = createDb(config);
    try {
      const rows = await db.$queryRawUnsafe<
        { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown }[]
      >(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = fs.readFileSync(path.join(prismaPaths(provider).migrations, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).toBeTruthy();
        expect(row.rolled_back_at).toBeNull();
      }
    } finally {
      await db.$disconnect();
    }
  });

  it("keep existing data when run again on a populated database", async () => {
    const database = await freshDatabase(provider);
    made.push(database);
    const config = resolveDatabase(database.url);
    await deployMigrations(config);
    const before = createDb(config);
    await before.user.create({ data: { email: "keep@claimbench.test", name: "Keep", passwordHash: "x" } });
    // The migrator takes the SQLite file exclusively, as `prisma migrate deploy` does.
    await before.$disconnect();
    expect(await deployMigrations(config)).toEqual([]);
    const after = createDb(config);
    try {
      expect(await after.user.count({ where: { email: "keep@claimbench.test" } })).toBe(1);
    } finally {
      await after.$disconnect();
    }
  });

  it.runIf(provider === "sqlite")("answer 'up to date' while a running server holds the SQLite file", async () => {
    const database = await freshDatabase(provider);
    made.push(database);
    const config = resolveDatabase(database.url);
    await deployMigrations(config);
    const server = createDb(config);
    try {
      await server.user.count();
      expect(await deployMigrations(config)).toEqual([]);
    } finally {
      await server.$disconnect();
    }
  });

  it("match the schema: no model change is missing a migration", async () => {
    const database = await freshDatabase(provider);
    made.push(database);
    expect(await diffMigrationsToSchema(resolveDatabase(database.url))).toBe("");
  });
});
