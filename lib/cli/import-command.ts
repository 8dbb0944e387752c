/**
 * `npm run cli -- import <files or folders…>` and `npm run cli -- import-dataset <file.jsonl|->`:
 * the same domain functions as `POST /api/articles/upload` and `/bulk`, over local files.
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { importFiles, type FileResult } from "@/lib/articles/import/import-file";
import { importJsonl, readJsonlLines } from "@/lib/articles/import/import-jsonl";
import { maxImportBytes } from "@/lib/articles/import/limits";
import { formatFromName } from "@/lib/articles/import/sniff";
import { findUserByEmail } from "@/lib/users/find-user";

export interface ImportCommandOptions {
  db: Db;
  /** "import" or "import-dataset". */
  command: string;
  paths: string[];
  force: boolean;
  /** Credit the imports to this account (importedBy); none when omitted. */
  email?: string;
  out?: NodeJS.WritableStream;
  /** Progress goes here, and only when it is a terminal. */
  err?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Runs an import command; resolves to the exit code (1 when anything failed). */
export async function runImportCommand({
  db,
  command,
  paths,
  force,
  email,
  out = process.stdout,
  err = process.stderr,
}: ImportCommandOptions): Promise<number> {
  if (paths.length === 0)
    throw new AppError(
      "bad_request",
      `${command} needs at least one ${command === "import" ? "file or folder" : "JSONL file (or - for standard input)"} (see --help)`,
    );
  const actor = email ? { id: (await findUserByEmail({ db, email })).id } : null;
  const progress = progressLine(err);
  return command === "import"
    ? importLocalFiles({ db, actor, paths, force, out, progress })
    : importDataset({ db, actor, paths, force, out, progress });
}

type Progress = { show(text: string): void; done(): void };

/** A `\r`-rewritten status line on a terminal; nothing when output is piped. */
function progressLine(stream: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
  if (!stream.isTTY) return { show: () => undefined, done: () => undefined };
  let width = 0;
  return {
    show(text) {
      const line = text.length > 100 ? `${text.slice(0, 99)}…` : text;
      stream.write(`\r${line.padEnd(width)}`);
      width = line.length;
    },
    done() {
      if (width) stream.write(`\r${" ".repeat(width)}\r`);
      width = 0;
    },
  };
}

const IGNORED_DIRS = new Set(["node_modules", ".git"]);

/** Files named on the command line, plus every supported file under named folders (sorted, recursive). */
function collectFiles(paths: readonly string[]): Array<{ file: string; missing?: boolean }> {
  const found: Array<{ file: string; missing?: boolean }> = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".") || IGNORED_DIRS.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && formatFromName(entry.name)) found.push({ file: full });
    }
  };
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) found.push({ file: p, missing: true });
    else if (stat.isDirectory()) walk(p);
    // A file named explicitly is tried whatever its extension, so a wrong type gets its own error line.
    else found.push({ file: p });
  }
  return found;
}

function describe(result: FileResult): string {
  const where = result.line !== undefined ? `${result.file}:${result.line}` : result.file;
  if (result.status === "created")
    return `created    ${where} → ${result.id} “${result.title ?? ""}”${result.nearDuplicateOf ? ` (resembles ${result.nearDuplicateOf})` : ""}`;
  if (result.status === "duplicate")
    return `duplicate  ${where} → ${result.duplicateOf} (same ${result.reason === "near-duplicate" ? "text, nearly" : result.reason})`;
  return `error      ${where}: ${result.error?.message ?? "failed"}`;
}

async function importLocalFiles({
  db,
  actor,
  paths,
  force,
  out,
  progress,
}: {
  db: Db;
  actor: { id: string } | null;
  paths: string[];
  force: boolean;
  out: NodeJS.WritableStream;
  progress: Progress;
}): Promise<number> {
  const files = collectFiles(paths);
  if (files.length === 0) {
    out.write("No .txt, .md, .html or .jsonl files found.\n");
    return 1;
  }
  const totals = { created: 0, duplicates: 0, errors: 0 };
  const sources = files.map(({ file, missing }) => ({
    name: file,
    bytes: () => {
      if (missing) throw new AppError("not_found", "No such file or folder");
      // Checked before reading, so a stray multi-gigabyte file is never loaded.
      const size = fs.statSync(file).size;
      if (size > maxImportBytes())
        throw new AppError(
          "payload_too_large",
          `The file is ${size} bytes, over the limit of ${maxImportBytes()} bytes (MAX_IMPORT_BYTES)`,
        );
      return fs.readFileSync(file);
    },
  }));
  let done = 0;
  let last = "";
  for await (const r of importFiles({ db, actor, files: sources, force })) {
    if (r.file !== last) {
      last = r.file;
      done++;
    }
    progress.done();
    out.write(`${describe(r)}\n`);
    progress.show(`[${done}/${files.length}] ${r.file}`);
    totals[r.status === "created" ? "created" : r.status === "duplicate" ? "duplicates" : "errors"]++;
  }
  progress.done();
  out.write(
    `\n${totals.created} created, ${totals.duplicates} duplicates, ${totals.errors} errors (${files.length} files)\n`,
  );
  return totals.errors > 0 ? 1 : 0;
}

async function importDataset({
  db,
  actor,
  paths,
  force,
  out,
  progress,
}: {
  db: Db;
  actor: { id: string } | null;
  paths: string[];
  force: boolean;
  out: NodeJS.WritableStream;
  progress: Progress;
}): Promise<number> {
  let failed = false;
  for (const source of paths) {
    if (source !== "-" && !fs.statSync(source, { throwIfNoEntry: false })?.isFile()) {
      out.write(`error      ${source}: No such file\n`);
      failed = true;
      continue;
    }
    const stream = source === "-" ? process.stdin : fs.createReadStream(source);
    // A local file is read as a stream too, so its total size needs no limit; lines still have one.
    const lines = readJsonlLines(stream, { maxLineBytes: maxImportBytes(), maxTotalBytes: Number.MAX_SAFE_INTEGER });
    for await (const result of importJsonl({ db, actor, lines, force })) {
      if ("summary" in result) {
        const { created, duplicates, errors } = result.summary;
        out.write(`${source}: ${created} created, ${duplicates} duplicates, ${errors} errors\n`);
        if (errors > 0) failed = true;
        continue;
      }
      progress.show(`${source}: line ${result.line}`);
      // A dataset may have thousands of lines: only the ones needing attention are listed.
      if (result.status !== "created") {
        progress.done();
        out.write(`${describe({ file: source, ...result })}\n`);
      }
    }
    progress.done();
  }
  return failed ? 1 : 0;
}
