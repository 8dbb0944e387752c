/**
 * Agreement bench: the whole agreement report for 1,000 articles × 3 annotators × 20 claims each
 * (60,000 claims), computed from layers already in memory — the baseline that the report served
 * from the database is measured against (loading and alignment on top of these figures).
 *
 * Printed per stage, the median of --repeat runs: the N-way alignment alone, the report without
 * bootstrap intervals, and the full report (every α with its --bootstrap resamples, per article,
 * per kind, per pair); and the full report's time against the report without intervals as a
 * ratio (what the intervals cost). CPU time is printed beside wall time: it holds steadier when
 * other work shares the cores.
 *
 * Then, with --db (default sqlite): the same layers written into a fresh database as a project's
 * submitted work, and `GET /api/projects/{id}/agreement?bootstrap=…` timed on the built app
 * (median of --repeat after one warm-up), against the full in-memory report of this run: the
 * ratio is what loading the rows, the HTTP request and the JSON cost on top of the measures. The
 * served report's α for finding claims must equal the in-memory one.
 *
 *   NEXT_DIST_DIR=.next-bench npx next build   # once, for --db
 *   NEXT_DIST_DIR=.next-bench npx tsx bench/agreement-bench.ts [--articles 1000] [--annotators 3]
 *     [--claims 20] [--bootstrap 1000] [--repeat 3] [--seed 1] [--db sqlite|postgresql|both|none]
 */
import { parseArgs } from "node:util";
import { alignClaims } from "@/lib/agreement/align-claims";
import { buildAgreementReport } from "@/lib/agreement/report";
import { reportToCsv } from "@/lib/agreement/report-csv";
import { syntheticLayers } from "./agreement-data";
import { seedAgreementProject } from "./agreement-seed";
import { freshDatabase } from "@/test/support/databases";
import { startServer } from "@/test/support/server";
import { resolveDatabase } from "@/lib/db/config";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    annotators: { type: "string", default: "3" },
    claims: { type: "string", default: "20" },
    bootstrap: { type: "string", default: "1000" },
    repeat: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    db: { type: "string", default: "sqlite" },
  },
});
const articles = Number(args.articles);
const annotators = Number(args.annotators);
const claims = Number(args.claims);
const bootstrap = Number(args.bootstrap);
const repeat = Number(args.repeat);

interface Timing {
  wall: number;
  cpu: number;
}

function time<T>(run: () => T): { result: T } & Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure<T>(name: string, run: () => T): Timing & { result: T } {
  const runs = Array.from({ length: repeat }, () => time(run));
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  console.log(`${name.padEnd(44)} ${wall.toFixed(3).padStart(8)} s wall ${cpu.toFixed(3).padStart(8)} s CPU`);
  return { wall, cpu, result: runs[0].result };
}

const generated = time(() => syntheticLayers({ articles, annotators, claims, seed: Number(args.seed) }));
const layers = generated.result;
const claimCount = layers.reduce((n, l) => n + l.claims.length, 0);
console.log(
  `${articles} articles × ${annotators} annotators × ${claims} claims = ${claimCount} claims in memory ` +
    `(generated in ${generated.wall.toFixed(2)} s); bootstrap ${bootstrap} resamples; median of ${repeat} runs\n`,
);

const filters = { projectId: "bench" };
measure("N-way alignment", () => layers.map((l) => alignClaims(l)));
const plain = measure("report without intervals", () =>
  buildAgreementReport({ layers, filters, settings: { bootstrapSamples: 0 } }),
);
const full = measure(`report with intervals (${bootstrap} resamples)`, () =>
  buildAgreementReport({ layers, filters, settings: { bootstrapSamples: bootstrap } }),
);
const csv = measure("CSV of the full report", () => reportToCsv(full.result));
const json = JSON.stringify(full.result);

const r = full.result;
console.log(
  `\nunits ${r.totals.units}; α finding ${r.overall.finding.value?.toFixed(4)} ` +
    `[${r.overall.finding.interval?.lower.toFixed(4)}, ${r.overall.finding.interval?.upper.toFixed(4)}]; ` +
    `α value ${r.overall.value.value?.toFixed(4)}; F1 overlap ${r.overall.spanF1Overlap.value?.toFixed(4)}`,
);
console.log(`JSON ${(json.length / 1e6).toFixed(1)} MB, CSV ${(csv.result.length / 1e6).toFixed(1)} MB`);
console.log(
  `ratio full / without intervals: ${(full.wall / plain.wall).toFixed(2)} wall, ${(full.cpu / plain.cpu).toFixed(2)} CPU`,
);

/** The same report served by the app from the database. */
async function served(provider: "sqlite" | "postgresql") {
  process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
  const { deployMigrations } = await import("@/lib/db/migrate");
  const database = await freshDatabase(provider);
  try {
    await deployMigrations(resolveDatabase(database.url));
    const { projectId, reviewerToken } = await seedAgreementProject(database.url, layers);
    const server = await startServer({ databaseUrl: database.url });
    try {
      const url = `${server.url}/api/projects/${projectId}/agreement?bootstrap=${bootstrap}`;
      const headers = { authorization: `Bearer ${reviewerToken}` };
      const walls: number[] = [];
      let body: { overall: { finding: { value: number | null } } } | undefined;
      for (let i = 0; i <= repeat; i++) {
        const t0 = performance.now();
        const res = await fetch(url, { headers });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`${res.status}: ${text.slice(0, 300)}`);
        if (i > 0) walls.push((performance.now() - t0) / 1000);
        body = JSON.parse(text) as typeof body;
      }
      const wall = median(walls);
      const same = Math.abs((body?.overall.finding.value ?? NaN) - (r.overall.finding.value ?? NaN)) < 1e-9;
      console.log(
        `served on ${provider.padEnd(10)} ${wall.toFixed(3).padStart(8)} s wall; ` +
          `ratio served / in memory (full report): ${(wall / full.wall).toFixed(2)}; same α finding: ${same ? "yes" : "NO"}`,
      );
      if (!same) process.exitCode = 1;
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

if (args.db !== "none") {
  console.log("");
  const providers: ("sqlite" | "postgresql")[] =
    args.db === "both" ? ["sqlite", "postgresql"] : [args.db as "sqlite" | "postgresql"];
  for (const provider of providers) await served(provider);
}
