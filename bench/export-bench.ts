/**
 * Dataset export benchmark: approved claims spread over 1,000 articles (one URL evidence link
 * per ten claims) in a fresh SQLite database (and, when TEST_DATABASE_URL is set, a fresh
 * PostgreSQL database on that server), exported in every format by the built app: `next start`
 * serving `GET /api/export?format=…` over HTTP, the body read and dropped. Measured at 10k
 * claims, then again after growing the table to 100k. Needs a build (`NEXT_DIST_DIR` picks it).
 *
 * Each export gets a fresh server process (after one tiny warm-up export, so the route is
 * loaded), and its peak RSS is that process's VmHWM (its export worker threads included): what
 * the server needed, not this script. The request asks for `accept-encoding: identity`, so the
 * figures are the export's own bytes as the baseline writes them; with COMPRESS_RESPONSES=true
 * (the app then gzips), `--encoding gzip` measures what a browser gets, Next's gzip (zlib level
 * 6) included, and this script's gunzip beside it.
 * Wall time and its ratio are printed, and so is the CPU time the exporting process used
 * (the server's from /proc, the baseline's own) with its ratio, which holds steadier when
 * other work shares the cores. On PostgreSQL neither counts the database server's own work.
 *
 * Baseline, in the same run, in its own process: the bare driver (better-sqlite3, or `pg` with a
 * server-side cursor fetching 1,000 rows at a time) iterating the rows the export reads (the
 * claim's columns joined to its article, cluster, author, reviewer and evidence with the cited
 * claim's quote) in one ordered SELECT, `JSON.stringify` per row, a line each.
 *
 *   npx tsx bench/export-bench.ts [--sizes 10000,100000] [--databases sqlite,postgresql]
 *     [--formats jsonl,csv,…] [--encoding identity|gzip] [--profile DIR (CPU profiles, a folder per format)]
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { pgConnectionOptions, resolveDatabase } from "@/lib/db/config";
import { freshDatabase } from "@/test/support/databases";
import { startServer } from "@/test/support/server";
import { exportFormats } from "@/lib/export/schema";
import { seedBenchUser } from "./support/accounts";

const root = path.resolve(import.meta.dirname, "..");
const ARTICLES = 1_000;

interface Measure {
  bytes: number;
  seconds: number;
  /** CPU time (user + system) the exporting process spent: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  peakRssMb: number;
}

/** The SQLite file behind a `file:` URL. */
function sqliteFile(url: string): string {
  const config = resolveDatabase(url);
  if (config.provider !== "sqlite") throw new Error(`not a SQLite URL: ${url}`);
  return config.file;
}

const isPostgres = (url: string) => resolveDatabase(url).provider === "postgresql";

const BASELINE_SQL = (q: (name: string) => string) =>
  `SELECT c.id, c.start, c."end", c.exact, c.prefix, c.suffix, c.kind, c.value, c.qualifier, c."valueMax", c.unit, c."timeRef", c."attributedTo",
          c.status, c.verdict, c.justification, c."approvedAt",
          a.id AS ${q("articleId")}, a.title AS ${q("articleTitle")}, a.url AS ${q("articleUrl")}, a.publisher AS ${q("articlePublisher")}, a."publishedAt" AS ${q("articlePublishedAt")},
          k.id AS ${q("clusterId")}, k.name AS ${q("clusterName")}, u.id AS ${q("authorId")}, u.name AS ${q("authorName")}, r.id AS ${q("reviewerId")}, r.name AS ${q("reviewerName")},
          e.stance, e."targetClaimId", t.exact AS ${q("targetExact")}, e.url AS ${q("evidenceUrl")}, e.title AS ${q("evidenceTitle")},
          e.publisher AS ${q("evidencePublisher")}, e.quote, e."accessedAt"
     FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "User" u ON u.id = c."authorId"
     LEFT JOIN "Cluster" k ON k.id = c."clusterId" LEFT JOIN "User" r ON r.id = c."reviewerId"
     LEFT JOIN "Evidence" e ON e."claimId" = c.id LEFT JOIN "Claim" t ON t.id = e."targetClaimId"
    WHERE c.status = 'approved' ORDER BY c.id, e.id`;

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSecondsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** CPU seconds (user + system) another process has used so far (Linux: /proc/PID/stat, in clock ticks). */
function processCpuSeconds(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
// USER_HZ: 100 on every Linux build Node supports.
const CLOCK_TICKS = 100;

/** Peak resident set of another process (Linux: VmHWM in /proc/PID/status). */
function processPeakRssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  if (!line) throw new Error(`no VmHWM for process ${pid}`);
  return Math.round(Number(line.replace(/\D+/g, "")) / 1024);
}

/** Reads a response body to the end, counting bytes. */
async function drain(res: Response): Promise<number> {
  if (!res.ok || !res.body) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  let bytes = 0;
  const reader = res.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
  return bytes;
}

/** One format exported over HTTP by a fresh `next start` on the database. */
interface ExportOptions {
  /** `accept-encoding` of the measured request: `identity` (the export's own bytes) or `gzip` (what a browser gets). */
  encoding: string;
  /** Where the server (and its export threads) write CPU profiles, a folder per format. */
  profileDir?: string;
}

async function measureServerExport(
  url: string,
  token: string,
  format: string,
  { encoding, profileDir }: ExportOptions,
): Promise<Measure> {
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir, format)}`] : [];
  const server = await startServer({ databaseUrl: url, nodeArgs });
  try {
    const headers = { authorization: `Bearer ${token}`, "accept-encoding": encoding };
    // Loads the route, the drivers and the auth path once; nothing is exported.
    await drain(await fetch(`${server.url}/api/export?format=${format}&articleId=warm-up`, { headers }));
    const pid = server.process.pid;
    if (pid === undefined) throw new Error("server has no pid");
    const cpuBefore = processCpuSeconds(pid);
    const started = performance.now();
    const bytes = await drain(await fetch(`${server.url}/api/export?format=${format}`, { headers }));
    const seconds = (performance.now() - started) / 1000;
    return { bytes, seconds, cpuSeconds: processCpuSeconds(pid) - cpuBefore, peakRssMb: processPeakRssMb(pid) };
  } finally {
    await server.stop();
  }
}

function phaseBaseline(url: string): Measure {
  const sqlite = new Database(sqliteFile(url), { readonly: true });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = sqlite.prepare(BASELINE_SQL((name) => name)).iterate();
  let bytes = 0;
  for (const row of rows) bytes += Buffer.byteLength(`${JSON.stringify(row)}\n`);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  sqlite.close();
  return { bytes, seconds, cpuSeconds, peakRssMb: peakRssMb() };
}

/** The same SELECT through the bare `pg` driver, streamed with a server-side cursor. */
async function phaseBaselinePg(url: string): Promise<Measure> {
  const client = new pg.Client(pgConnectionOptions(url));
  await client.connect();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let bytes = 0;
  await client.query("BEGIN");
  await client.query(`DECLARE export_bench NO SCROLL CURSOR FOR ${BASELINE_SQL((name) => `"${name}"`)}`);
  for (;;) {
    const { rows } = await client.query("FETCH 1000 FROM export_bench");
    for (const row of rows) bytes += Buffer.byteLength(`${JSON.stringify(row)}\n`);
    if (rows.length < 1000) break;
  }
  await client.query("COMMIT");
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  await client.end();
  return { bytes, seconds, cpuSeconds, peakRssMb: peakRssMb() };
}

function runPhase(args: string[]): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench/export-bench.ts"), ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "{}"))
        : reject(new Error(`phase ${args.join(" ")} failed (${code}):\n${out}`)),
    );
  });
}

/** Grows the database to `total` approved claims with the bare driver (set-up, not measured). */
function seedClaims(file: string, from: number, total: number) {
  const sqlite = new Database(file);
  const now = new Date("2026-01-01T00:00:00Z").getTime();
  if (from === 0) {
    sqlite
      .prepare("INSERT INTO User (id, email, name, role, passwordHash, updatedAt) VALUES (?, ?, ?, ?, 'x', ?)")
      .run("bench-annotator", "a@bench.test", "Bench Annotator", "annotator", now);
    sqlite
      .prepare("INSERT INTO User (id, email, name, role, passwordHash, updatedAt) VALUES (?, ?, ?, ?, 'x', ?)")
      .run("bench-reviewer", "r@bench.test", "Bench Reviewer", "reviewer", now);
    const article = sqlite.prepare(
      "INSERT INTO Article (id, title, publisher, url, publishedAt, text, contentHash, wordCount, rawOriginal, updatedAt) VALUES (?, ?, 'Bench Wire', ?, ?, ?, ?, 400, '', ?)",
    );
    // Claims belong to a project whose articles they point into (here the Default project).
    const included = sqlite.prepare(
      "INSERT INTO ProjectArticle (id, projectId, articleId, shuffleKey) VALUES (?, 'default', ?, ?)",
    );
    sqlite.transaction(() => {
      for (let a = 0; a < ARTICLES; a++) {
        const text =
          `Officials said on Monday that more than ${a + 1},000 people, "including children", had fled.\n`.repeat(20);
        article.run(
          `art${String(a).padStart(5, "0")}`,
          `Bench article ${a}`,
          `https://bench.example/${a}`,
          now,
          text,
          `hash${a}`,
          now,
        );
        included.run(`pa${a}`, `art${String(a).padStart(5, "0")}`, a);
      }
    })();
  }
  const claim = sqlite.prepare(
    `INSERT INTO Claim (id, articleId, start, end, exact, prefix, suffix, kind, value, qualifier, unit, attributedTo, status, authorId, verdict, justification, reviewerId, approvedAt, updatedAt)
     VALUES (?, ?, 26, 47, 'more than 1,000 people', 'Officials said on Monday that ', ', "including children"', 'casualty', 1000, 'more_than', 'people', 'officials', 'approved', 'bench-annotator', 'supported', 'Matches "the wire", twice', 'bench-reviewer', ?, ?)`,
  );
  const evidence = sqlite.prepare(
    "INSERT INTO Evidence (id, claimId, url, title, quote, stance, createdById, updatedAt) VALUES (?, ?, ?, 'Source', 'quote', 'supports', 'bench-annotator', ?)",
  );
  sqlite.transaction(() => {
    for (let i = from; i < total; i++) {
      const id = `clm${String(i).padStart(8, "0")}`;
      claim.run(id, `art${String(i % ARTICLES).padStart(5, "0")}`, now + i, now);
      if (i % 10 === 0) evidence.run(`ev${id}`, id, `https://source.example/${i}`, now);
    }
  })();
  sqlite.close();
}

/** The same rows as `seedClaims`, on PostgreSQL, set-based (set-up, not measured). */
async function seedClaimsPg(url: string, from: number, total: number) {
  const client = new pg.Client(pgConnectionOptions(url));
  await client.connect();
  const now = "TIMESTAMP '2026-01-01 00:00:00'";
  try {
    if (from === 0) {
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES
           ('bench-annotator', 'a@bench.test', 'Bench Annotator', 'annotator', 'x', ${now}),
           ('bench-reviewer', 'r@bench.test', 'Bench Reviewer', 'reviewer', 'x', ${now})`,
      );
      await client.query(
        `INSERT INTO "Article" (id, title, publisher, url, "publishedAt", text, "contentHash", "wordCount", "rawOriginal", "updatedAt")
         SELECT 'art' || lpad(a::text, 5, '0'), 'Bench article ' || a, 'Bench Wire', 'https://bench.example/' || a, ${now},
                repeat('Officials said on Monday that more than ' || (a + 1) || ',000 people, "including children", had fled.' || chr(10), 20),
                'hash' || a, 400, '', ${now}
           FROM generate_series(0, $1::int - 1) a`,
        [ARTICLES],
      );
      await client.query(
        `INSERT INTO "ProjectArticle" (id, "projectId", "articleId", "shuffleKey")
         SELECT 'pa' || a, 'default', 'art' || lpad(a::text, 5, '0'), a FROM generate_series(0, $1::int - 1) a`,
        [ARTICLES],
      );
    }
    await client.query(
      `INSERT INTO "Claim" (id, "articleId", start, "end", exact, prefix, suffix, kind, value, qualifier, unit, "attributedTo", status, "authorId", verdict, justification, "reviewerId", "approvedAt", "updatedAt")
       SELECT 'clm' || lpad(i::text, 8, '0'), 'art' || lpad((i % $3::int)::text, 5, '0'), 26, 47, 'more than 1,000 people', 'Officials said on Monday that ', ', "including children"',
              'casualty', 1000, 'more_than', 'people', 'officials', 'approved', 'bench-annotator', 'supported', 'Matches "the wire", twice', 'bench-reviewer',
              ${now} + i * INTERVAL '1 millisecond', ${now}
         FROM generate_series($1::int, $2::int - 1) i`,
      [from, total, ARTICLES],
    );
    await client.query(
      `INSERT INTO "Evidence" (id, "claimId", url, title, quote, stance, "createdById", "updatedAt")
       SELECT 'evclm' || lpad(i::text, 8, '0'), 'clm' || lpad(i::text, 8, '0'), 'https://source.example/' || i, 'Source', 'quote', 'supports', 'bench-annotator', ${now}
         FROM generate_series($1::int, $2::int - 1) i WHERE i % 10 = 0`,
      [from, total],
    );
    await client.query(`ANALYZE`);
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      phase: { type: "string" },
      url: { type: "string" },
      sizes: { type: "string" },
      databases: { type: "string" },
      formats: { type: "string" },
      encoding: { type: "string", default: "identity" },
      profile: { type: "string" },
    },
  });
  if (values.phase === "baseline") {
    const url = values.url ?? "";
    console.log(JSON.stringify(isPostgres(url) ? await phaseBaselinePg(url) : phaseBaseline(url)));
    return;
  }
  const sizes = (values.sizes ?? "10000,100000").split(",").map(Number);
  const providers = (values.databases ?? (process.env.TEST_DATABASE_URL ? "sqlite,postgresql" : "sqlite")).split(
    ",",
  ) as ("sqlite" | "postgresql")[];
  const formats: readonly string[] = values.formats ? values.formats.split(",") : exportFormats;
  const options: ExportOptions = { encoding: values.encoding, profileDir: values.profile };
  console.log(
    `build ${process.env.NEXT_DIST_DIR || ".next"}, ${new Date().toISOString()}, load average ${(
      await import("node:os")
    )
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}, accept-encoding ${options.encoding}`,
  );
  for (const provider of providers) await benchDatabase(provider, sizes, formats, options);
}

/** A reviewer (may export) with an API token, made through the domain functions. */
async function exporterToken(url: string): Promise<string> {
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(resolveDatabase(url));
  try {
    const { token } = await seedBenchUser(db, {
      email: "exporter@bench.test",
      name: "Bench Exporter",
      role: "reviewer",
      token: "bench",
    });
    return token!;
  } finally {
    await db.$disconnect();
  }
}

async function benchDatabase(
  provider: "sqlite" | "postgresql",
  sizes: number[],
  formats: readonly string[],
  options: ExportOptions,
) {
  const { deployMigrations } = await import("@/lib/db/migrate");
  const database = await freshDatabase(provider);
  try {
    await deployMigrations(resolveDatabase(database.url));
    const token = await exporterToken(database.url);
    let seeded = 0;
    console.log(`\n${provider}`);
    console.log("claims   format        seconds  ratio  cpu s  cpu ratio   MB out  peak RSS MB");
    for (const size of sizes) {
      if (provider === "postgresql") await seedClaimsPg(database.url, seeded, size);
      else seedClaims(sqliteFile(database.url), seeded, size);
      seeded = size;
      const base = await runPhase(["--phase", "baseline", "--url", database.url]);
      const row = (name: string, m: Measure) =>
        console.log(
          `${String(size).padStart(7)}  ${name.padEnd(12)} ${m.seconds.toFixed(2).padStart(8)}  ${(m.seconds / base.seconds).toFixed(1).padStart(4)}x ${m.cpuSeconds.toFixed(2).padStart(6)}  ${(m.cpuSeconds / base.cpuSeconds).toFixed(1).padStart(8)}x  ${(m.bytes / 1e6).toFixed(1).padStart(7)}  ${String(m.peakRssMb).padStart(11)}`,
        );
      row("baseline", base);
      for (const format of formats) row(format, await measureServerExport(database.url, token, format, options));
    }
  } finally {
    await database.drop();
  }
}

await main();
