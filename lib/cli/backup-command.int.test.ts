/**
 * Backups of a live database, restored and searched for every record: on SQLite through
 * `npm run cli -- backup --out FILE` (SQLite's online backup API) while the test server is
 * writing; on PostgreSQL through pg_dump / pg_restore exactly as the README says.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { freshDatabase } from "@/test/support/databases";
import { baseUrl, testDb } from "@/test/support/http";
import { runCli as cli, runCommand as command } from "@/test/support/cli";
import { findDurabilityProblems } from "@/test/reliability/verify";
import { newLedger, seedCast, startWriters, type Cast, type Ledger } from "@/test/reliability/workload";
import { countRows, runBackupCommand } from "./backup-command";

const provider = inject("testDatabase");

/** The test database's file (SQLite project only). */
function liveFile(): string {
  const config = resolveDatabase(inject("databaseUrl"));
  if (config.provider !== "sqlite") throw new Error("not a SQLite test database");
  return config.file;
}

/** A digest of every column of these claims, in id order. */
async function claimsDigest(db: Db, ids: string[]): Promise<string> {
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  expect(rows.map((r) => r.id)).toEqual([...ids].sort());
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

/** Writes until `count` more writes are acknowledged, then stops; returns the claims acknowledged so far. */
async function writeSome(cast: Cast, ledger: Ledger, count: number) {
  const target = ledger.writes + count;
  let reached!: () => void;
  const enough = new Promise<void>((resolve) => (reached = resolve));
  const writers = startWriters({
    url: baseUrl(),
    cast,
    ledger,
    concurrency: 4,
    onAck: (n) => n >= target && reached(),
  });
  await Promise.race([enough, writers.done]);
  writers.stop();
  await writers.done;
  expect(ledger.unexpected).toEqual([]);
  return [...ledger.claims.keys()];
}

/** Writes in the background (already under way when this resolves) until the returned function is called. */
async function keepWriting(cast: Cast, ledger: Ledger) {
  const from = ledger.writes;
  let started!: () => void;
  const going = new Promise<void>((resolve) => (started = resolve));
  const writers = startWriters({ url: baseUrl(), cast, ledger, concurrency: 3, onAck: (n) => n > from && started() });
  await Promise.race([going, writers.done]);
  return async () => {
    writers.stop();
    await writers.done;
    expect(ledger.unexpected).toEqual([]);
  };
}

let cast: Cast;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-backup-"));
beforeAll(async () => {
  cast = await seedCast(testDb(), { provider, annotators: 3, reviewers: 2, articles: 2 });
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe.runIf(provider === "sqlite")("npm run cli -- backup (SQLite)", () => {
  it(
    "snapshots the live database while the server writes; the restored copy has every record, whole",
    { timeout: 120_000 },
    async () => {
      const ledger = newLedger();
      const before = await writeSome(cast, ledger, 60);
      const digest = await claimsDigest(testDb(), before);

      const stopWriting = await keepWriting(cast, ledger);
      const out = path.join(scratch, "snapshot.db");
      const result = await cli("backup", "--out", out);
      await stopWriting();
      expect(result.err).toBe("");
      expect(result.code).toBe(0);
      expect(result.out).toMatch(
        /^Backed up .+ to .+snapshot\.db: \d+ pages, \d+ bytes, \d+ rows in \d+ tables; integrity check ok\n$/,
      );
      expect(fs.readdirSync(scratch)).toEqual(["snapshot.db"]);

      // Restoring is putting the file where DATABASE_URL points; open it as the app does.
      const restoredFile = path.join(scratch, "restored.db");
      fs.copyFileSync(out, restoredFile);
      const restored = createDb(resolveDatabase(`file:${restoredFile}`));
      try {
        expect(await claimsDigest(restored, before)).toBe(digest);
        const scope = {
          claims: new Map([...ledger.claims].filter(([id]) => before.includes(id))),
          writes: 0,
          unexpected: [],
        };
        expect(
          await findDurabilityProblems({
            db: restored,
            provider,
            ledger: scope,
            articleIds: cast.articles.map((a) => a.id),
          }),
        ).toEqual([]);
        // The snapshot is one moment: nothing in it the live database lacks.
        const live = new Database(liveFile(), { readonly: true });
        const copy = new Database(restoredFile, { readonly: true });
        try {
          const [liveRows, copyRows] = [countRows(live), countRows(copy)];
          expect(Object.keys(copyRows)).toEqual(Object.keys(liveRows));
          for (const [table, n] of Object.entries(copyRows)) expect(n, table).toBeLessThanOrEqual(liveRows[table]!);
          const liveIds = new Set(live.prepare(`SELECT id FROM "Claim"`).pluck().all() as string[]);
          const copyIds = copy.prepare(`SELECT id FROM "Claim"`).pluck().all() as string[];
          expect(copyIds.filter((id) => !liveIds.has(id))).toEqual([]);
        } finally {
          live.close();
          copy.close();
        }
      } finally {
        await restored.$disconnect();
      }
    },
  );

  it("explains what is wrong instead of writing a bad file", async () => {
    const missing = await cli("backup");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Error: --out FILE is required/);
    const attempt = (out: string, config = resolveDatabase(inject("databaseUrl"))) =>
      runBackupCommand({ values: { out }, config, out: new PassThrough(), err: new PassThrough() });
    await expect(attempt(liveFile())).rejects.toThrow(/must not be the database file itself/);
    await expect(attempt(path.join(scratch, "no", "such", "folder", "x.db"))).rejects.toThrow(/does not exist/);
    await expect(attempt(scratch)).rejects.toThrow(/is a folder/);
    await expect(
      attempt(path.join(scratch, "y.db"), resolveDatabase(`file:${path.join(scratch, "absent.db")}`)),
    ).rejects.toThrow(/There is no database at/);
    expect(fs.existsSync(path.join(scratch, "y.db"))).toBe(false);
  });
});

describe.runIf(provider === "postgresql")("backing up PostgreSQL", () => {
  it("the CLI points to pg_dump instead of pretending", async () => {
    const result = await cli("backup", "--out", path.join(scratch, "pg.db"));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/pg_dump --format=custom/);
    expect(fs.existsSync(path.join(scratch, "pg.db"))).toBe(false);
  });

  it(
    "pg_dump of the live database, pg_restore into a new one: every record is there, whole",
    { timeout: 120_000 },
    async () => {
      const ledger = newLedger();
      const before = await writeSome(cast, ledger, 60);
      const digest = await claimsDigest(testDb(), before);

      const dump = path.join(scratch, "claimbench.dump");
      const stopWriting = await keepWriting(cast, ledger);
      const dumped = await command("pg_dump", ["--format=custom", "--file", dump, inject("databaseUrl")]);
      await stopWriting();
      expect(dumped.err).toBe("");
      expect(dumped.code).toBe(0);

      const target = await freshDatabase("postgresql");
      try {
        const restoredRun = await command("pg_restore", ["--no-owner", "--dbname", target.url, dump]);
        expect(restoredRun.err).toBe("");
        expect(restoredRun.code).toBe(0);
        const restored = createDb(resolveDatabase(target.url));
        try {
          expect(await claimsDigest(restored, before)).toBe(digest);
          const scope = {
            claims: new Map([...ledger.claims].filter(([id]) => before.includes(id))),
            writes: 0,
            unexpected: [],
          };
          expect(
            await findDurabilityProblems({
              db: restored,
              provider,
              ledger: scope,
              articleIds: cast.articles.map((a) => a.id),
            }),
          ).toEqual([]);
        } finally {
          await restored.$disconnect();
        }
      } finally {
        await target.drop();
      }
    },
  );
});
