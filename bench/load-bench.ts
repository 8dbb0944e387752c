/**
 * Load benchmark: simulated annotators and reviewers over HTTP against the built app
 * (`next start` on the dist dir named by NEXT_DIST_DIR, default .next), on a fresh SQLite file
 * and/or a fresh PostgreSQL database, for a fixed time and concurrency.
 *
 * Annotators loop: read article → create claim → update it → submit. Reviewers loop: list the
 * submitted claims → approve one (409 when another reviewer got there first: counted apart, not
 * an error). Reports requests per second, p50/p95/p99 latency per route, status and error
 * counts, and the server's peak RSS and CPU time.
 *
 * Baseline, in the same run: the same clients against a bare `node:http` server doing the same
 * reads and writes with the bare driver (bench/load/baseline-server.ts says exactly what), on
 * its own fresh database seeded the same way. Prints baseline/app throughput and app/baseline
 * p99 ratios. Exits non-zero on any 5xx, network error or unexpected status.
 *
 *   NEXT_DIST_DIR=.next-load npx next build   # once
 *   NEXT_DIST_DIR=.next-load npx tsx bench/load-bench.ts [--clients 64] [--seconds 60]
 *       [--warmup 5] [--reviewers N (default clients/4)] [--articles 20]
 *       [--db sqlite|postgresql|both] [--pg-url postgresql://postgres@127.0.0.1:5432/postgres]
 *       [--cpu-prof DIR (V8 CPU profiles of the app server, written when it stops)]
 *       [--port N (the app listens on N, the baseline on N+1; default: free ports)]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/config";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { startServer } from "@/test/support/server";
import { ROUTES, runLoad, type LoadResult } from "./load/client";
import { seedLoadFixture } from "./load/fixture";
import { sampleProcessTree } from "./load/process-stats";
import { startBaseline } from "./load/baseline-process";

const root = path.resolve(import.meta.dirname, "..");

interface Side {
  label: string;
  result: LoadResult;
  peakRssMb: number | null;
  cpuSeconds: number | null;
}

interface Counts {
  requests: number;
  ok: number;
  conflicts: number;
  serverErrors: number;
  otherErrors: number;
}

function countsOf(result: LoadResult, route: (typeof ROUTES)[number]): Counts {
  const stats = result.routes.get(route);
  const c: Counts = { requests: 0, ok: 0, conflicts: 0, serverErrors: 0, otherErrors: stats?.networkErrors ?? 0 };
  for (const [status, n] of stats?.statuses ?? []) {
    c.requests += n;
    if (status >= 200 && status < 300) c.ok += n;
    else if (status === 409 && route === "approve claim") c.conflicts += n;
    else if (status >= 500) c.serverErrors += n;
    else c.otherErrors += n;
  }
  return c;
}

function totals(result: LoadResult): Counts {
  const sum: Counts = { requests: 0, ok: 0, conflicts: 0, serverErrors: 0, otherErrors: 0 };
  for (const route of ROUTES) {
    const c = countsOf(result, route);
    for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += c[key];
  }
  return sum;
}

const ms = (us: number) => (us / 1000).toFixed(us < 10_000 ? 2 : 1);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function routeColumns(result: LoadResult, route: (typeof ROUTES)[number]): string {
  const h = result.routes.get(route)?.histogram;
  const c = countsOf(result, route);
  const pct = (p: number) => (h && h.totalCount > 0 ? ms(h.getValueAtPercentile(p)) : "-");
  return `${pad((c.requests / result.seconds).toFixed(1), 8)} ${pad(pct(50), 7)} ${pad(pct(95), 7)} ${pad(pct(99), 7)} ${pad(c.conflicts, 6)} ${pad(c.serverErrors + c.otherErrors, 6)}`;
}

function report(provider: string, app: Side, base: Side, header: string): boolean {
  const head = `${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"409".padStart(6)} ${"errors".padStart(6)}`;
  console.log(`\n${provider}: ${header}`);
  console.log(`${"".padEnd(14)} ${app.label.padEnd(head.length)}   ${base.label}`);
  console.log(`${"route".padEnd(14)} ${head}   ${head}`);
  for (const route of ROUTES)
    console.log(`${route.padEnd(14)} ${routeColumns(app.result, route)}   ${routeColumns(base.result, route)}`);
  const at = totals(app.result);
  const bt = totals(base.result);
  const rps = (c: Counts, r: LoadResult) => c.requests / r.seconds;
  console.log(
    `${"all routes".padEnd(14)} ${pad(rps(at, app.result).toFixed(1), 8)} ${"".padEnd(37)}   ${pad(rps(bt, base.result).toFixed(1), 8)}`,
  );
  for (const side of [app, base]) {
    const t = totals(side.result);
    const cpu =
      side.cpuSeconds === null
        ? "n/a"
        : `${side.cpuSeconds.toFixed(1)} s CPU (${((side.cpuSeconds * 1000) / Math.max(1, t.requests)).toFixed(2)} ms per request)`;
    console.log(
      `  ${side.label}: ${t.requests} requests, ${(side.result.approved / side.result.seconds).toFixed(1)} claims approved/s, 5xx ${t.serverErrors}, other errors ${t.otherErrors}, review races (409) ${t.conflicts}, empty-queue polls ${side.result.emptyQueuePolls}, resent after a kept-alive socket reset ${side.result.staleSocketRetries}; server peak RSS ${side.peakRssMb ?? "n/a"} MB, ${cpu}`,
    );
    for (const line of side.result.errorSamples) console.log(`    ! ${line}`);
  }
  const ratios = ROUTES.map((route) => {
    const a = app.result.routes.get(route)?.histogram;
    const b = base.result.routes.get(route)?.histogram;
    return a && b && a.totalCount > 0 && b.totalCount > 0
      ? `${route} ${(a.getValueAtPercentile(99) / b.getValueAtPercentile(99)).toFixed(1)}×`
      : `${route} -`;
  });
  console.log(`  throughput baseline/app: ${(rps(bt, base.result) / Math.max(1e-9, rps(at, app.result))).toFixed(2)}×`);
  console.log(`  p99 app/baseline: ${ratios.join(", ")}`);
  return at.serverErrors + at.otherErrors + bt.serverErrors + bt.otherErrors === 0;
}

/** Runs the clients against a server, sampling its CPU at the edges of the measured window. */
async function measure(
  label: string,
  url: string,
  pid: number | undefined,
  fixture: Awaited<ReturnType<typeof seedLoadFixture>>,
  options: LoadShape,
): Promise<Side> {
  let cpuAtStart: number | null = null;
  let cpuAtEnd: number | null = null;
  const result = await runLoad({
    baseUrl: url,
    fixture,
    ...options,
    onWindow: (edge) => {
      const cpu = sampleProcessTree(pid)?.cpuSeconds ?? null;
      if (edge === "start") cpuAtStart = cpu;
      else cpuAtEnd = cpu;
    },
  });
  const sample = sampleProcessTree(pid);
  const cpuSeconds = cpuAtStart !== null && cpuAtEnd !== null ? (cpuAtEnd as number) - (cpuAtStart as number) : null;
  return { label, result, peakRssMb: sample?.peakRssMb ?? null, cpuSeconds };
}

interface LoadShape {
  annotators: number;
  reviewers: number;
  seconds: number;
  warmupSeconds: number;
}

async function benchProvider(
  provider: "sqlite" | "postgresql",
  shape: LoadShape,
  articles: number,
  cpuProfileDir?: string,
  port?: number,
): Promise<boolean> {
  const { deployMigrations } = await import("@/lib/db/migrate");
  const databases: TestDatabase[] = [];
  try {
    const appDb = await freshDatabase(provider);
    databases.push(appDb);
    const baseDb = await freshDatabase(provider);
    databases.push(baseDb);
    const seedShape = { articles, annotators: shape.annotators, reviewers: Math.max(2, shape.reviewers) };
    await deployMigrations(resolveDatabase(appDb.url));
    await deployMigrations(resolveDatabase(baseDb.url));
    const appFixture = await seedLoadFixture(appDb.url, seedShape);
    const baseFixture = await seedLoadFixture(baseDb.url, seedShape);

    const before = loadavg();
    const env: Record<string, string> = cpuProfileDir
      ? {
          NODE_OPTIONS:
            `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(root, "bench/load/cpu-profile.cjs")}`.trim(),
          LOAD_CPU_PROFILE_DIR: path.resolve(cpuProfileDir),
        }
      : {};
    const server = await startServer({ databaseUrl: appDb.url, env, port });
    let app: Side;
    try {
      app = await measure("app (next start)", server.url, server.process.pid, appFixture, shape);
    } finally {
      await server.stop();
    }
    const serverLog = server.output().trim();

    const { SQLITE_PRAGMAS } = await import("@/lib/db/sqlite-adapter");
    const pragmas =
      provider === "sqlite"
        ? `, SQLite pragmas on both ${Object.entries(SQLITE_PRAGMAS)
            .map(([k, v]) => `${k}=${v}`)
            .join(" ")}`
        : "";
    const baseline = await startBaseline(baseDb.url, port === undefined ? undefined : port + 1);
    let base: Side;
    try {
      base = await measure(
        `baseline (node:http + ${provider === "sqlite" ? "better-sqlite3" : "pg"})`,
        baseline.url,
        baseline.process.pid,
        baseFixture,
        shape,
      );
    } finally {
      await baseline.stop();
    }
    const header = `${shape.annotators + shape.reviewers} clients (${shape.annotators} annotators, ${shape.reviewers} reviewers), ${shape.seconds} s measured after ${shape.warmupSeconds} s warm-up${pragmas}; load average before ${before}, after ${loadavg()}`;
    const clean = report(provider, app, base, header);
    if (/^\w*Error\b/m.test(serverLog)) {
      const file = path.join(os.tmpdir(), `claimbench-load-${provider}-app-${Date.now()}.log`);
      fs.writeFileSync(file, serverLog);
      const kinds = new Map<string, number>();
      for (const m of serverLog.matchAll(/^(?:Error|\w*Error)\b.*$/gm)) kinds.set(m[0], (kinds.get(m[0]) ?? 0) + 1);
      console.log(`\n  app server log: ${file}`);
      for (const [line, n] of kinds) console.log(`    ${n} × ${line.slice(0, 200)}`);
    }
    return clean;
  } finally {
    for (const database of databases) await database.drop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      clients: { type: "string", default: "64" },
      reviewers: { type: "string" },
      seconds: { type: "string", default: "60" },
      warmup: { type: "string", default: "5" },
      articles: { type: "string", default: "20" },
      db: { type: "string", default: "both" },
      "pg-url": { type: "string" },
      "cpu-prof": { type: "string" },
      port: { type: "string" },
    },
  });
  const whole = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
    return n;
  };
  const clients = whole("clients", values.clients, 2);
  const reviewers =
    values.reviewers === undefined ? Math.max(1, Math.round(clients / 4)) : whole("reviewers", values.reviewers, 1);
  if (reviewers >= clients) throw new Error("--reviewers must leave at least one annotator");
  const shape: LoadShape = {
    annotators: clients - reviewers,
    reviewers,
    seconds: whole("seconds", values.seconds, 1),
    warmupSeconds: whole("warmup", values.warmup, 0),
  };
  const providers = { sqlite: ["sqlite"], postgresql: ["postgresql"], both: ["sqlite", "postgresql"] }[values.db] as
    ("sqlite" | "postgresql")[] | undefined;
  if (!providers) throw new Error("--db must be sqlite, postgresql or both");
  process.env.TEST_DATABASE_URL =
    values["pg-url"] ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

  const dist = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(root, dist, "BUILD_ID"))) {
    console.error(
      `No production build in ${dist}/. Build first: NEXT_DIST_DIR=${dist} npx next build (then git checkout tsconfig.json)`,
    );
    process.exit(2);
  }
  const cpus = os.cpus();
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? "cpu"}, Node ${process.version}; build ${dist}/ (${fs.readFileSync(path.join(root, dist, "BUILD_ID"), "utf8").trim()})`,
  );
  let clean = true;
  for (const provider of providers)
    clean =
      (await benchProvider(
        provider,
        shape,
        whole("articles", values.articles, 1),
        values["cpu-prof"],
        values.port === undefined ? undefined : whole("port", values.port, 1),
      )) && clean;
  if (!clean) {
    console.error("\nFAILED: server errors, network errors or unexpected statuses (see above)");
    process.exit(1);
  }
}

await main();
