/**
 * Database migrations without Prisma's downloadable native engine.
 *   npm run db:migrate                 apply pending migrations to DATABASE_URL (SQLite by default)
 *   npm run db:schemas                 regenerate prisma/postgresql/schema.prisma from prisma/schema.prisma
 *   npm run db:migration -- NAME       write a new migration for both providers from the schema change
 *                                      (PostgreSQL needs MIGRATE_PG_URL, a server where a shadow database can be made)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabase } from "../lib/db/config";
import { derivePostgresSchema } from "../lib/db/derive-schema";
import { createMigration, deployMigrations, prismaPaths } from "../lib/db/migrate";

const [command, ...args] = process.argv.slice(2);

function writeDerivedSchema(): boolean {
  const source = fs.readFileSync(prismaPaths("sqlite").schema, "utf8");
  const target = prismaPaths("postgresql").schema;
  const next = derivePostgresSchema(source);
  const changed = !fs.existsSync(target) || fs.readFileSync(target, "utf8") !== next;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (changed) fs.writeFileSync(target, next);
  return changed;
}

async function main() {
  if (command === "deploy") {
    const config = resolveDatabase();
    const applied = await deployMigrations(config);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${config.provider}: ${applied.join(", ")}`
        : `Database (${config.provider}) is up to date.`,
    );
  } else if (command === "schemas") {
    console.log(
      writeDerivedSchema() ? "Wrote prisma/postgresql/schema.prisma" : "prisma/postgresql/schema.prisma is up to date",
    );
  } else if (command === "create") {
    const name = args[0]?.replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
    if (!name) throw new Error("usage: npm run db:migration -- <name>");
    const pgUrl = process.env.MIGRATE_PG_URL;
    if (!pgUrl)
      throw new Error("MIGRATE_PG_URL must point at a PostgreSQL server (its shadow database is created and dropped)");
    writeDerivedSchema();
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-migrate-"));
    const made = [
      await createMigration(resolveDatabase(`file:${path.join(tmp, "diff.db")}`), name, stamp),
      await createMigration(resolveDatabase(pgUrl), name, stamp),
    ];
    fs.rmSync(tmp, { recursive: true, force: true });
    for (const dir of made)
      console.log(dir ? `Created ${path.relative(process.cwd(), dir)}/migration.sql` : "No schema change.");
  } else {
    console.error("usage: tsx prisma/migrate.ts <deploy|schemas|create NAME>");
    process.exitCode = 2;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  // adapter-pg can keep an idle pool client alive for seconds after the engine is done.
  .finally(() => process.exit(process.exitCode ?? 0));
