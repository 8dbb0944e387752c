/**
 * `npm run cli -- backup --out FILE`: a consistent snapshot of the live SQLite database through
 * SQLite's online backup API, safe while the server is running and writing (the copy restarts
 * if another process writes mid-way, so it always shows one committed state). PostgreSQL has
 * its own tool for this, `pg_dump`, and the command says so instead of half-doing it.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabase, type DatabaseConfig } from "@/lib/db/config";
import { AppError } from "@/lib/errors";

export interface BackupCommandOptions {
  values: Record<string, string | boolean | undefined>;
  config?: DatabaseConfig;
  out?: NodeJS.WritableStream;
  /** Progress goes here, and only when it is a terminal. */
  err?: NodeJS.WritableStream & { isTTY?: boolean };
}

interface BackupSummary {
  file: string;
  bytes: number;
  pages: number;
  /** Rows per table in the snapshot (Prisma's bookkeeping table included). */
  tables: Record<string, number>;
}

const PG_BACKUP_HINT =
  'backup copies SQLite files only. For PostgreSQL use its own tools: pg_dump --format=custom --file FILE "$DATABASE_URL" (restore into an empty database with pg_restore --no-owner --dbname URL FILE); see the README\'s Backup section';

/** Copies the configured SQLite database to `--out` and checks the copy; resolves to the exit code. */
export async function runBackupCommand({
  values,
  config = resolveDatabase(),
  out = process.stdout,
  err = process.stderr,
}: BackupCommandOptions): Promise<number> {
  const target = typeof values.out === "string" && values.out ? path.resolve(values.out) : undefined;
  if (!target) throw new AppError("bad_request", "--out FILE is required (see --help)");
  if (config.provider === "postgresql") throw new AppError("bad_request", PG_BACKUP_HINT);
  const summary = await backupSqlite({
    source: config.file,
    target,
    onProgress: err.isTTY ? (done) => err.write(`\rBacking up… ${Math.floor(done * 100)}%`) : undefined,
  });
  if (err.isTTY) err.write("\rBacking up… 100%\n");
  const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
  out.write(
    `Backed up ${config.file} to ${summary.file}: ${summary.pages} pages, ${summary.bytes} bytes, ${rows} rows in ${Object.keys(summary.tables).length} tables; integrity check ok\n`,
  );
  return 0;
}

/**
 * Writes the snapshot next to the target first and renames it into place only once it is
 * complete and passes `PRAGMA integrity_check`, so FILE is never a half-written copy. The
 * snapshot is switched to a rollback journal so it is one self-contained file; the app turns
 * WAL back on when it opens a restored copy.
 */
async function backupSqlite({
  source,
  target,
  onProgress,
}: {
  source: string;
  target: string;
  onProgress?: (fraction: number) => void;
}): Promise<BackupSummary> {
  if (!fs.existsSync(source))
    throw new AppError("bad_request", `There is no database at ${source} (check DATABASE_URL)`);
  if (path.resolve(source) === path.resolve(target))
    throw new AppError("bad_request", "--out must not be the database file itself");
  if (!fs.existsSync(path.dirname(target)))
    throw new AppError("bad_request", `The folder ${path.dirname(target)} does not exist`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory())
    throw new AppError("bad_request", `--out ${target} is a folder; give a file name`);

  const partial = `${target}.partial-${process.pid}`;
  // The copy holds the password hashes: readable by its owner only, from its first byte.
  fs.closeSync(fs.openSync(partial, "wx", 0o600));
  const live = new Database(source, { fileMustExist: true, timeout: 5_000 });
  let pages = 0;
  try {
    const result = await live.backup(partial, {
      progress({ totalPages, remainingPages }) {
        onProgress?.(totalPages ? 1 - remainingPages / totalPages : 1);
        return 256;
      },
    });
    pages = result.totalPages;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    live.close();
  }

  let tables: Record<string, number>;
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok")
      throw new Error(`The backup failed its integrity check (${String(check)}); ${target} was not written`);
    tables = countRows(copy);
  } catch (error) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  fs.renameSync(partial, target);
  return { file: target, bytes: fs.statSync(target).size, pages, tables };
}

/** Rows per user table. */
export function countRows(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      Number(
        sqlite
          .prepare(`SELECT COUNT(*) FROM "${name.replaceAll('"', '""')}"`)
          .pluck()
          .get(),
      ),
    ]),
  );
}
