/**
 * Bulk import benchmark: N generated HTML articles (5–50 KB each, with navigation, scripts,
 * share lines, repeated captions, related-story lists, comment forms and footers) imported
 * through the same domain function as `POST /api/articles/bulk` (`importJsonl`, i.e. extraction,
 * cleaning, fingerprinting, duplicate checks and one transaction per article) into a fresh
 * SQLite database, and into PostgreSQL when TEST_DATABASE_URL is set.
 *
 * The import runs twice, each into its own fresh database: single-threaded (IMPORT_WORKER=off:
 * cleaning on the main thread, one article after another) and pooled (the default: cleaning in
 * a pool of `os.availableParallelism()` worker threads, a bounded window of articles ahead,
 * stored in order), and the ratio of the two rates is printed. The pooled run samples heap and
 * RSS every tenth of the way, to show memory stays flat over a long import.
 *
 * Baseline, in the same run: the rows that import produced, already clean, inserted into another
 * fresh database with the bare driver (better-sqlite3 / pg), one autocommitted INSERT per article.
 * Each phase runs in its own process so its peak RSS is its own.
 *
 *   npx tsx bench/import-bench.ts [--count 10000] [--single-count N] [--seed 1] [--corpus-only FILE]
 *
 * --single-count imports only the first N articles single-threaded (the slow run), default all.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { pgConnectionOptions, resolveDatabase } from "@/lib/db/config";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { mulberry32 } from "./random";
// Prisma, the migration runner and the importer are loaded only where used (dynamic imports),
// so the bare-driver baseline process does not carry them in its peak RSS.

const root = path.resolve(import.meta.dirname, "..");

interface MemorySample {
  count: number;
  heapMb: number;
  rssMb: number;
}

interface PhaseResult {
  count: number;
  created: number;
  duplicates: number;
  errors: number;
  seconds: number;
  peakRssMb: number;
  memory?: MemorySample[];
}

// ---------------------------------------------------------------------------------------------
// Corpus generation (deterministic for a given seed)

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ser",
  "tan",
  "vo",
  "rei",
  "dun",
  "pa",
  "gor",
  "li",
  "ne",
  "sho",
  "ba",
  "tir",
  "ul",
  "fen",
  "da",
  "rom",
  "is",
  "qua",
  "ven",
  "hal",
  "mor",
];
const COMMON = [
  "the",
  "of",
  "and",
  "to",
  "in",
  "a",
  "said",
  "that",
  "on",
  "for",
  "was",
  "with",
  "as",
  "by",
  "at",
  "people",
  "officials",
  "government",
  "city",
  "forces",
];

function vocabulary(rng: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rng() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

function generator(seed: number) {
  const rng = mulberry32(seed);
  const vocab = vocabulary(rng, 6000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const word = (): string => (rng() < 0.35 ? pick(COMMON) : pick(vocab));
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (): string => {
    const n = 10 + Math.floor(rng() * 20);
    const words = Array.from({ length: n }, word);
    if (rng() < 0.3) words.splice(Math.floor(rng() * n), 0, String(Math.floor(rng() * 90_000) + 10));
    return `${cap(words.join(" "))}.`;
  };
  const paragraph = (): string => Array.from({ length: 2 + Math.floor(rng() * 4) }, sentence).join(" ");
  const script =
    "(function(){var d=document,s=d.createElement('script');s.src='https://cdn.example/a.js';window.dataLayer=window.dataLayer||[];function g(){dataLayer.push(arguments)}g('js',new Date());g('config','UA-000');})();".repeat(
      6,
    );

  return (i: number): string => {
    const target = 5_000 + Math.floor(rng() * 45_000);
    const title = cap(Array.from({ length: 6 + Math.floor(rng() * 5) }, word).join(" "));
    const caption = cap(Array.from({ length: 12 }, word).join(" "));
    const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Example Times</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="The Example Times">
<meta name="author" content="${cap(pick(vocab))} ${cap(pick(vocab))}"><meta property="article:published_time" content="2016-0${1 + (i % 9)}-1${i % 10}T10:00:00Z">
<link rel="canonical" href="https://times.example/world/${i}-${title.toLowerCase().replace(/\s+/g, "-").slice(0, 60)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"publisher":{"@type":"Organization","name":"The Example Times"}}</script>
<script>${script}</script><style>body{font-family:serif}.share a{color:#333}.ad{display:block}</style></head>
<body onload="init()"><nav class="menu"><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/login">Log in</a></nav>
<header><div class="share"><a href="#">Share this article</a> <a href="#">Tweet</a> <a href="#">Email this</a></div></header>
<main><article><h1>${title}</h1><p class="byline">By ${cap(pick(vocab))} ${cap(pick(vocab))}</p>
<figure><img src="/img/${i}.jpg" onerror="this.remove()" alt=""><figcaption>${caption}</figcaption></figure><p>${caption}</p>\n`;
    const tail = `</article><aside><h3>Related stories</h3><ul>${Array.from({ length: 5 }, () => `<li><a href="/s">${cap(Array.from({ length: 8 }, word).join(" "))}</a></li>`).join("")}</ul></aside>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form action="/comment"><textarea name="c"></textarea><button>Post Comment</button></form></section></main>
<footer><p>© 2016 The Example Times. All rights reserved.</p><iframe src="https://ads.example/frame"></iframe></footer><script>${script}</script></body></html>`;
    const parts: string[] = [head];
    let size = head.length + tail.length;
    let n = 0;
    while (size < target) {
      const p =
        n > 0 && n % 6 === 0
          ? `<h2>${cap(Array.from({ length: 5 }, word).join(" "))}</h2>\n<p class="ad">Advertisement</p>\n`
          : `<p>${paragraph()}</p>\n`;
      parts.push(p);
      size += p.length;
      n++;
    }
    parts.push(tail);
    return parts.join("");
  };
}

async function writeCorpus(file: string, count: number, seed: number): Promise<{ bytes: number }> {
  const next = generator(seed);
  const out = fs.createWriteStream(file);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const line = `${JSON.stringify({ html: next(i) })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { bytes };
}

// ---------------------------------------------------------------------------------------------
// Phases (each in its own process)

function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function phaseImport(url: string, corpus: string, limit: number): Promise<PhaseResult> {
  const { createDb } = await import("@/lib/db/client");
  const { importJsonl, readJsonlLines } = await import("@/lib/articles/import/import-jsonl");
  const db = createDb(resolveDatabase(url));
  const result: PhaseResult = { count: 0, created: 0, duplicates: 0, errors: 0, seconds: 0, peakRssMb: 0, memory: [] };
  const every = Math.max(1, Math.round(limit / 10));
  const started = performance.now();
  const all = readJsonlLines(fs.createReadStream(corpus, { highWaterMark: 1 << 20 }), {
    maxLineBytes: 5 * 1024 * 1024,
    maxTotalBytes: Number.MAX_SAFE_INTEGER,
  });
  async function* firstLines() {
    let n = 0;
    for await (const line of all) {
      if (++n > limit) return;
      yield line;
    }
  }
  for await (const line of importJsonl({ db, actor: null, lines: firstLines() })) {
    if ("summary" in line) continue;
    result.count++;
    if (result.count % every === 0) {
      const { heapUsed, rss } = process.memoryUsage();
      result.memory?.push({ count: result.count, heapMb: mb(heapUsed), rssMb: mb(rss) });
    }
    if (line.status === "created") result.created++;
    else if (line.status === "duplicate") result.duplicates++;
    else {
      result.errors++;
      if (result.errors <= 3) console.error(`line ${line.line}: ${line.error?.message}`);
    }
    if (process.stderr.isTTY && result.count % 100 === 0) process.stderr.write(`\r  import: ${result.count}`);
  }
  result.seconds = (performance.now() - started) / 1000;
  if (process.stderr.isTTY) process.stderr.write("\r");
  await db.$disconnect();
  result.peakRssMb = peakRssMb();
  return result;
}

async function* rowsOf(file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as Record<string, unknown>;
  }
}

async function phaseBaseline(url: string, rowsFile: string): Promise<PhaseResult> {
  const config = resolveDatabase(url);
  const result: PhaseResult = { count: 0, created: 0, duplicates: 0, errors: 0, seconds: 0, peakRssMb: 0 };
  const started = performance.now();
  if (config.provider === "sqlite") {
    const sqlite = new Database(config.file);
    sqlite.pragma("busy_timeout = 5000");
    let insert: Database.Statement | undefined;
    for await (const row of rowsOf(rowsFile)) {
      const columns = Object.keys(row);
      insert ??= sqlite.prepare(
        `INSERT INTO "Article" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
      );
      insert.run(row);
      result.count++;
    }
    sqlite.close();
  } else {
    const client = new pg.Client(pgConnectionOptions(config.url));
    await client.connect();
    let sql: string | undefined;
    for await (const row of rowsOf(rowsFile)) {
      const columns = Object.keys(row);
      sql ??= `INSERT INTO "Article" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`;
      await client.query(
        sql,
        columns.map((c) => row[c]),
      );
      result.count++;
    }
    await client.end();
  }
  result.created = result.count;
  result.seconds = (performance.now() - started) / 1000;
  result.peakRssMb = peakRssMb();
  return result;
}

/** Writes every Article row of a database to JSONL (not timed: it only prepares the baseline's input). */
async function dumpRows(url: string, file: string): Promise<number> {
  const config = resolveDatabase(url);
  const out = fs.createWriteStream(file);
  let n = 0;
  const write = async (row: unknown) => {
    n++;
    if (!out.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
  };
  if (config.provider === "sqlite") {
    const sqlite = new Database(config.file, { readonly: true });
    for (const row of sqlite.prepare(`SELECT * FROM "Article" ORDER BY "id"`).iterate()) await write(row);
    sqlite.close();
  } else {
    const client = new pg.Client(pgConnectionOptions(config.url));
    await client.connect();
    let after = "";
    for (;;) {
      const page = await client.query<{ id: string }>(
        `SELECT * FROM "Article" WHERE "id" > $1 ORDER BY "id" LIMIT 500`,
        [after],
      );
      for (const row of page.rows) await write(row);
      if (page.rows.length < 500) break;
      after = page.rows[page.rows.length - 1]?.id ?? after;
    }
    await client.end();
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return n;
}

// ---------------------------------------------------------------------------------------------
// Driver

type Phase = "single" | "pooled" | "baseline";

function runPhase(phase: Phase, url: string, input: string, limit = 0): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [
        path.join(root, "bench/import-bench.ts"),
        ...["--phase", phase, "--url", url, "--input", input, "--limit", String(limit)],
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: url,
          ...(phase === "single" ? { IMPORT_WORKER: "off" } : {}),
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as PhaseResult);
      else reject(new Error(`${phase} phase failed (exit ${code}):\n${out}`));
    });
  });
}

const fmt = (n: number, digits = 1) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      phase: { type: "string" },
      url: { type: "string" },
      input: { type: "string" },
      limit: { type: "string" },
      "single-count": { type: "string" },
      "corpus-only": { type: "string" },
    },
  });
  if (values.phase) {
    const url = values.url ?? "";
    const input = values.input ?? "";
    const result =
      values.phase === "baseline"
        ? await phaseBaseline(url, input)
        : await phaseImport(url, input, Number(values.limit) || Number.MAX_SAFE_INTEGER);
    console.log(JSON.stringify(result));
    return;
  }

  const count = Number(values.count);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
  const singleCount = Math.min(count, Number(values["single-count"] ?? count));
  if (!Number.isSafeInteger(singleCount) || singleCount < 1)
    throw new Error("--single-count must be a positive whole number");
  if (values["corpus-only"]) {
    // Just the generated input, e.g. to profile the importer or feed `npm run cli -- import-dataset`.
    await writeCorpus(values["corpus-only"], count, Number(values.seed));
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-bench-"));
  const corpus = path.join(dir, "articles.jsonl");
  const genStart = performance.now();
  const { bytes } = await writeCorpus(corpus, count, Number(values.seed));
  console.log(
    `Generated ${count} HTML articles, ${fmt(bytes / 1024 / 1024)} MB (avg ${fmt(bytes / count / 1024)} KB) in ${fmt((performance.now() - genStart) / 1000)} s`,
  );
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"} (availableParallelism ${os.availableParallelism()}, load ${os.loadavg()[0]?.toFixed(1)}), Node ${process.version}\n`,
  );

  const { deployMigrations } = await import("@/lib/db/migrate");
  const providers: Array<"sqlite" | "postgresql"> = [
    "sqlite",
    ...(process.env.TEST_DATABASE_URL ? (["postgresql"] as const) : []),
  ];
  const rows: string[] = [];
  try {
    for (const provider of providers) {
      const targets: TestDatabase[] = [];
      try {
        const singleDb = await freshDatabase(provider);
        targets.push(singleDb);
        const importDb = await freshDatabase(provider);
        targets.push(importDb);
        const baselineDb = await freshDatabase(provider);
        targets.push(baselineDb);
        for (const t of targets) await deployMigrations(resolveDatabase(t.url));

        const single = await runPhase("single", singleDb.url, corpus, singleCount);
        const imported = await runPhase("pooled", importDb.url, corpus, count);
        const rowsFile = path.join(dir, `${provider}-rows.jsonl`);
        const dumped = await dumpRows(importDb.url, rowsFile);
        const baseline = await runPhase("baseline", baselineDb.url, rowsFile);
        const singleRate = single.count / single.seconds;
        const importRate = imported.count / imported.seconds;
        const baselineRate = baseline.count / baseline.seconds;
        console.log(
          `${provider}: single-threaded ${single.count} (${single.created} created, ${single.duplicates} duplicates, ${single.errors} errors); ` +
            `pooled ${imported.count} (${imported.created} created, ${imported.duplicates} duplicates, ${imported.errors} errors), baseline inserted ${dumped}`,
        );
        console.log(
          `${provider} pooled memory (articles: heap / RSS MB): ${(imported.memory ?? []).map((m) => `${m.count}: ${m.heapMb}/${m.rssMb}`).join(", ")}`,
        );
        rows.push(
          `${provider.padEnd(10)} | single thread ${fmt(singleRate).padStart(7)} art/s, peak ${String(single.peakRssMb).padStart(5)} MB` +
            ` | pooled (${os.availableParallelism()} workers) ${fmt(importRate).padStart(7)} art/s, peak ${String(imported.peakRssMb).padStart(5)} MB` +
            ` | pooled / single ${fmt(importRate / singleRate, 2)}×` +
            ` | bare driver ${fmt(baselineRate).padStart(9)} art/s (pooled import ${fmt(baselineRate / importRate)}× slower)`,
        );
      } finally {
        for (const t of targets) await t.drop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${rows.join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
